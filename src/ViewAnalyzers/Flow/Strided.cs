using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ViewAnalyzers.Flow
{
    /// <summary>
    /// A shape with element strides, known at compile time. Lets the flow layer prove an array is not
    /// C-contiguous (so <c>ravel</c>/<c>flat</c> copy) and that a <c>reshape</c> cannot be a view, using
    /// NumPy's own rules. Anything not known exactly is null: unknown means silent.
    /// </summary>
    internal sealed class Strided
    {
        private Strided(ImmutableArray<long> shape, ImmutableArray<long> strides)
        {
            Shape = shape;
            Strides = strides;
        }

        public ImmutableArray<long> Shape { get; }

        public ImmutableArray<long> Strides { get; }

        public int Rank => Shape.Length;

        public override bool Equals(object? obj) =>
            obj is Strided other && Shape.SequenceEqual(other.Shape) && Strides.SequenceEqual(other.Strides);

        public override int GetHashCode()
        {
            int hash = Rank;
            foreach (var d in Shape)
            {
                hash = (hash * 31) ^ d.GetHashCode();
            }

            return hash;
        }

        public static Strided? Contiguous(IReadOnlyList<long> shape)
        {
            if (shape.Count == 0 || shape.Count > 32)
            {
                return null;
            }

            var strides = new long[shape.Count];
            long stride = 1;
            for (int i = shape.Count - 1; i >= 0; i--)
            {
                if (shape[i] < 0)
                {
                    return null;
                }

                strides[i] = stride;
                stride *= Math.Max(shape[i], 1);
            }

            return new Strided(ImmutableArray.CreateRange(shape), ImmutableArray.Create(strides));
        }

        /// <summary>C-contiguous: the strides are those of a fresh array of this shape (axes of length 1 do not count).</summary>
        public bool IsCContiguous
        {
            get
            {
                long expected = 1;
                for (int i = Rank - 1; i >= 0; i--)
                {
                    if (Shape[i] == 0)
                    {
                        return true;
                    }

                    if (Shape[i] != 1 && Strides[i] != expected)
                    {
                        return false;
                    }

                    expected *= Shape[i];
                }

                return true;
            }
        }

        public Strided Transposed()
        {
            var shape = Shape.ToBuilder();
            var strides = Strides.ToBuilder();
            shape.Reverse();
            strides.Reverse();
            return new Strided(shape.ToImmutable(), strides.ToImmutable());
        }

        /// <summary>Applies a NumPy slice string ("1:3", ":, ::2", "0", "...") to this array; null when any part is not understood.</summary>
        public Strided? Slice(string text)
        {
            var parts = text.Split(',');
            var shape = ImmutableArray.CreateBuilder<long>();
            var strides = ImmutableArray.CreateBuilder<long>();
            int axis = 0;
            for (int p = 0; p < parts.Length; p++)
            {
                var part = parts[p].Trim();
                if (part == "...")
                {
                    int remaining = parts.Length - p - 1;
                    while (axis < Rank - remaining)
                    {
                        shape.Add(Shape[axis]);
                        strides.Add(Strides[axis]);
                        axis++;
                    }

                    continue;
                }

                if (axis >= Rank)
                {
                    return null;
                }

                long length = Shape[axis];
                if (part.IndexOf(':') < 0)
                {
                    if (!long.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long index) || index >= length || index < -length)
                    {
                        return null;
                    }

                    axis++;
                    continue;
                }

                var bounds = part.Split(':');
                if (bounds.Length > 3
                    || !TryBound(bounds.Length > 2 ? bounds[2] : string.Empty, out long? stepValue))
                {
                    return null;
                }

                long step = stepValue ?? 1;
                if (step == 0
                    || !TryBound(bounds[0], out long? start)
                    || !TryBound(bounds[1], out long? stop))
                {
                    return null;
                }

                long count = SliceLength(length, start, stop, step);
                shape.Add(count);
                strides.Add(Strides[axis] * step);
                axis++;
            }

            while (axis < Rank)
            {
                shape.Add(Shape[axis]);
                strides.Add(Strides[axis]);
                axis++;
            }

            return new Strided(shape.ToImmutable(), strides.ToImmutable());
        }

        /// <summary>Drops the first axes for integer indices (m[0], m[1, 2]).</summary>
        public Strided? Index(int count)
        {
            if (count > Rank)
            {
                return null;
            }

            return new Strided(Shape.RemoveRange(0, count), Strides.RemoveRange(0, count));
        }

        /// <summary>
        /// The view a reshape gives, or null when NumPy (and NumSharp 0.70) must copy. Throws nothing; an
        /// impossible reshape is also null. <paramref name="newShape"/> may hold one -1.
        /// </summary>
        public Strided? ReshapedView(IReadOnlyList<long> newShape, out bool sizeMismatch)
        {
            sizeMismatch = false;
            var target = ResolveShape(newShape);
            if (target is null)
            {
                sizeMismatch = true;
                return null;
            }

            // NumPy's _attempt_nocopy_reshape, over the axes of length other than 1.
            var oldDims = new List<long>();
            var oldStrides = new List<long>();
            for (int i = 0; i < Rank; i++)
            {
                if (Shape[i] != 1)
                {
                    oldDims.Add(Shape[i]);
                    oldStrides.Add(Strides[i]);
                }
            }

            var newStrides = new long[target.Length];
            int oi = 0, oj = 1, ni = 0, nj = 1;
            int oldCount = oldDims.Count, newCount = target.Length;
            while (ni < newCount && oi < oldCount)
            {
                long np = target[ni];
                long op = oldDims[oi];
                while (np != op)
                {
                    if (np < op)
                    {
                        if (nj >= newCount)
                        {
                            return null;
                        }

                        np *= target[nj++];
                    }
                    else
                    {
                        if (oj >= oldCount)
                        {
                            return null;
                        }

                        op *= oldDims[oj++];
                    }
                }

                for (int ok = oi; ok < oj - 1; ok++)
                {
                    if (oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1])
                    {
                        return null;
                    }
                }

                newStrides[nj - 1] = oldStrides[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--)
                {
                    newStrides[nk - 1] = newStrides[nk] * target[nk];
                }

                ni = nj++;
                oi = oj++;
            }

            long last = ni >= 1 ? newStrides[ni - 1] : 1;
            for (int nk = ni; nk < newCount; nk++)
            {
                newStrides[nk] = last;
            }

            return new Strided(ImmutableArray.Create(target), ImmutableArray.Create(newStrides));
        }

        public long Size
        {
            get
            {
                long size = 1;
                foreach (var d in Shape)
                {
                    size *= d;
                }

                return size;
            }
        }

        private long[]? ResolveShape(IReadOnlyList<long> newShape)
        {
            var result = new long[newShape.Count];
            int unknown = -1;
            long product = 1;
            for (int i = 0; i < newShape.Count; i++)
            {
                if (newShape[i] == -1 && unknown < 0)
                {
                    unknown = i;
                    continue;
                }

                if (newShape[i] < 0)
                {
                    return null;
                }

                result[i] = newShape[i];
                product *= newShape[i];
            }

            if (unknown >= 0)
            {
                if (product == 0 || Size % product != 0)
                {
                    return null;
                }

                result[unknown] = Size / product;
                product *= result[unknown];
            }

            return product == Size ? result : null;
        }

        private static bool TryBound(string text, out long? value)
        {
            text = text.Trim();
            value = null;
            if (text.Length == 0)
            {
                return true;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed))
            {
                value = parsed;
                return true;
            }

            return false;
        }

        private static long SliceLength(long length, long? start, long? stop, long step)
        {
            long Normalize(long v, long low, long high)
            {
                if (v < 0)
                {
                    v += length;
                }

                return Math.Max(low, Math.Min(high, v));
            }

            long s, e;
            if (step > 0)
            {
                s = start is long a ? Normalize(a, 0, length) : 0;
                e = stop is long b ? Normalize(b, 0, length) : length;
                return e > s ? (e - s + step - 1) / step : 0;
            }

            s = start is long c ? Normalize(c, -1, length - 1) : length - 1;
            e = stop is long d ? Normalize(d, -1, length - 1) : -1;
            return s > e ? (s - e + (-step) - 1) / (-step) : 0;
        }
    }
}
