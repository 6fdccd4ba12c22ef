using System;
using System.Collections.Generic;
using NumSharp;
using NumSharp.Backends.Unmanaged;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Tests.Semantics
{
    /// <summary>
    /// Runs library members against the real NumSharp 0.70.0 and reports what they did, without assuming
    /// anything the table says: the result is written through and the source inspected.
    /// </summary>
    internal static class Probes
    {
        /// <summary>The lesson's 1-D array [10 20 30 40 50].</summary>
        public static NDArray A() => np.array(new[] { 10, 20, 30, 40, 50 });

        /// <summary>The lesson's 2x3 matrix [[1 2 3] [4 5 6]].</summary>
        public static NDArray M() => np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });

        /// <summary>A 2x4 matrix, whose every other column reshapes to a view.</summary>
        public static NDArray M24() => np.arange(8).reshape(2, 4);

        /// <summary>What <paramref name="op"/> returned, relative to <paramref name="source"/>.</summary>
        public static ResultKind Observe(NDArray source, Func<NDArray, object?> op)
        {
            var before = source.ToString();
            var result = op(source);
            return Classify(result, source, () => source.ToString() != before);
        }

        /// <summary>What <paramref name="op"/> returned, relative to the .NET array <paramref name="data"/>.</summary>
        public static ResultKind ObserveManaged(int[] data, Func<int[], NDArray> op)
        {
            int first = data[0];
            var result = op(data);
            var kind = Classify(result, null, () => data[0] != first);
            return kind == ResultKind.View ? ResultKind.AliasesManagedArray : kind;
        }

        /// <summary>Fresh when the array owns its memory (no base) and accepts writes.</summary>
        public static ResultKind ObserveFresh(Func<NDArray> make)
        {
            var result = make();
            return result.@base is null && result.flags.owndata && TryWrite(result) ? ResultKind.Fresh : ResultKind.Unknown;
        }

        /// <summary>Whether <paramref name="write"/> changed <paramref name="target"/>.</summary>
        public static bool Changes(NDArray target, Action<NDArray> write)
        {
            var before = target.ToString();
            write(target);
            return target.ToString() != before;
        }

        private static ResultKind Classify(object? result, NDArray? source, Func<bool> sourceChanged)
        {
            switch (result)
            {
                case NDArray nd when source is not null && ReferenceEquals(nd, source):
                    return ResultKind.SameObject;
                case NDArray nd:
                    if (!TryWrite(nd))
                    {
                        return ResultKind.ReadOnlyView;
                    }

                    return sourceChanged() ? ResultKind.View : ResultKind.Copy;
                case NDArray[] parts:
                    TryWrite(parts[0]);
                    return sourceChanged() ? ResultKind.ElementViews : ResultKind.Copy;
                case ValueTuple<NDArray, NDArray> pair:
                    TryWrite(pair.Item1);
                    return sourceChanged() ? ResultKind.ElementViews : ResultKind.Copy;
                case np.FlatIterator iterator:
                    iterator[0L] = -99;
                    return sourceChanged() ? ResultKind.View : ResultKind.Copy;
                case ArraySlice<int> slice:
                    slice[0] = -99;
                    return sourceChanged() ? ResultKind.View : ResultKind.Copy;
                case IArraySlice slice:
                    slice.SetIndex(0, -99);
                    return sourceChanged() ? ResultKind.View : ResultKind.Copy;
                case Array array:
                    array.SetValue(Convert.ChangeType(-99, array.GetType().GetElementType()!), 0);
                    return sourceChanged() ? ResultKind.View : ResultKind.Copy;
                default:
                    return ResultKind.Scalar;
            }
        }

        /// <summary>Writes one element; false when the library refuses (a read-only view).</summary>
        private static bool TryWrite(NDArray nd)
        {
            try
            {
                nd.flatiter[0L] = Convert.ChangeType(-99, nd.dtype);
                return true;
            }
            catch (NumSharpException)
            {
                return false;
            }
        }
    }

    /// <summary>One way to run a table entry: which branch of the entry it exercises, and what happened.</summary>
    internal sealed class ProbeCase
    {
        public ProbeCase(string branch, Func<ResultKind> run)
        {
            Branch = branch;
            Run = run;
        }

        /// <summary><see cref="Default"/>, a condition's text, or <see cref="Aliasing"/>/<see cref="Copying"/> for layout-dependent entries and <see cref="BasicIndex"/>/<see cref="AdvancedIndex"/> for index-dependent ones.</summary>
        public string Branch { get; }

        public Func<ResultKind> Run { get; }

        public const string Default = "default";
        public const string Aliasing = "aliasing layout";
        public const string Copying = "copying layout";
        public const string BasicIndex = "basic index";
        public const string AdvancedIndex = "advanced index";
    }
}
