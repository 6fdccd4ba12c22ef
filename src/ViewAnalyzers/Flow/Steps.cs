using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Flow
{
    /// <summary>One library call, property or indexer, classified: what it returns, relative to which operand.</summary>
    internal sealed class Step
    {
        public Step(IOperation operation, ResultKind kind, IOperation? operand, ResolvedLibrary? library, MemberEntry? entry, ImmutableArray<IArgumentOperation> arguments)
        {
            Operation = operation;
            Kind = kind;
            Operand = operand;
            Library = library;
            Entry = entry;
            Arguments = arguments;
        }

        public IOperation Operation { get; }

        /// <summary>The result after conditions, index arguments and known layouts are taken into account.</summary>
        public ResultKind Kind { get; set; }

        /// <summary>The array the result relates to (receiver or argument), if any.</summary>
        public IOperation? Operand { get; }

        public ResolvedLibrary? Library { get; }

        /// <summary>The table entry; null for a summarized method of the compilation.</summary>
        public MemberEntry? Entry { get; }

        public ImmutableArray<IArgumentOperation> Arguments { get; }

        /// <summary>For layout-dependent members: the result was proven to be a copy because of the operand's layout.</summary>
        public bool CopiedByLayout { get; set; }

        public Strided? Layout { get; set; }

        /// <summary>For messages: how this step makes its result ("fancy indexing", "a boolean mask", "take()").</summary>
        public string How
        {
            get
            {
                if (Operation is IPropertyReferenceOperation { Property.IsIndexer: true })
                {
                    foreach (var index in ResolvedLibrary.IndexValues(Arguments))
                    {
                        if (IsBooleanIndex(index.Type))
                        {
                            return "a boolean mask";
                        }
                    }

                    return "fancy indexing";
                }

                return Operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod.Name + "()",
                    IPropertyReferenceOperation property => property.Property.Name,
                    _ => "a copy",
                };
            }
        }

        private static bool IsBooleanIndex(ITypeSymbol? type) => type switch
        {
            IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Boolean,
            INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Boolean,
            _ => type?.SpecialType == SpecialType.System_Boolean,
        };
    }

    /// <summary>Classifies library operations using the semantics tables and the layouts the flow layer knows.</summary>
    internal static class Steps
    {
        /// <summary>The step <paramref name="operation"/> performs, or null when it is not a known library member or summarized method.</summary>
        public static Step? Classify(IOperation operation, FlowContext context, System.Func<IOperation, Strided?> layoutOf)
        {
            var step = ClassifyKind(operation, context, layoutOf);
            if (step is not null)
            {
                ApplyShape(step, step.Operand is null ? null : layoutOf(step.Operand));
            }

            return step;
        }

        /// <summary>
        /// <see cref="Classify"/> without the result's layout: the caller, which evaluates the operand anyway, then calls
        /// <see cref="ApplyShape"/> with the operand's layout (which may still turn a layout-dependent step into a view or a copy).
        /// </summary>
        public static Step? ClassifyKind(IOperation operation, FlowContext context, System.Func<IOperation, Strided?> layoutOf)
        {
            ImmutableArray<IArgumentOperation> arguments;
            IOperation? instance;
            ISymbol symbol;
            switch (operation)
            {
                case IPropertyReferenceOperation property:
                    arguments = property.Arguments;
                    instance = property.Instance;
                    symbol = property.Property;
                    break;
                case IInvocationOperation invocation:
                    arguments = invocation.Arguments;
                    instance = invocation.Instance;
                    symbol = invocation.TargetMethod;
                    break;
                case IObjectCreationOperation creation when creation.Constructor is not null:
                    arguments = creation.Arguments;
                    instance = null;
                    symbol = creation.Constructor;
                    break;
                default:
                    return null;
            }

            var found = context.Semantics.Lookup(symbol);
            if (found is not { Member.Result: { } entry } match)
            {
                return FromSummary(operation, arguments, context);
            }

            var library = match.Library;
            var operand = entry.Of switch
            {
                null => instance ?? (arguments.Length > 0 ? arguments[0].Value : null),
                MemberEntry.Receiver => instance,
                var name => ResolvedLibrary.FindArgument(arguments, name)?.Value,
            };

            var kind = entry.Result == ResultKind.ByIndexArguments
                ? library.EvaluateIndexArguments(arguments)
                : library.Evaluate(entry, arguments, AsksForRank(entry) ? op => layoutOf(op)?.Rank : null);

            return new Step(operation, kind, operand, library, entry, arguments);
        }

        private static bool AsksForRank(MemberEntry entry)
        {
            foreach (var condition in entry.Conditions)
            {
                if (condition.Kind == ConditionKind.RankIs)
                {
                    return true;
                }
            }

            return false;
        }

        private static Step? FromSummary(IOperation operation, ImmutableArray<IArgumentOperation> arguments, FlowContext context)
        {
            if (operation is not IInvocationOperation invocation)
            {
                return null;
            }

            var summary = context.Summarize(invocation.TargetMethod);
            if (summary?.ReturnsViewOfParameter is not int index)
            {
                return null;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == index)
                {
                    return new Step(operation, ResultKind.View, argument.Value, null, null, arguments);
                }
            }

            return null;
        }

        /// <summary>The result's layout from the operand's (<paramref name="operand"/>, null when unknown); a summarized method's step has none.</summary>
        public static void ApplyShape(Step step, Strided? operand)
        {
            if (step.Entry is not { } entry)
            {
                return;
            }

            switch (entry.Shape)
            {
                case ShapeRule.SliceString:
                    if (operand is not null && FirstConstantString(step.Arguments) is string text)
                    {
                        step.Layout = operand.Slice(text);
                    }

                    break;
                case ShapeRule.SliceArguments:
                    if (operand is not null && step.Kind == ResultKind.View && SpellConstantIndices(step.Arguments) is string spelled)
                    {
                        step.Layout = operand.Slice(spelled);
                    }

                    break;
                case ShapeRule.Transpose:
                    if (operand is not null && AllDefault(step.Arguments))
                    {
                        step.Layout = operand.Transposed();
                    }

                    break;
                case ShapeRule.Flatten:
                    if (operand is null)
                    {
                        break;
                    }

                    if (operand.IsCContiguous)
                    {
                        step.Kind = ResultKind.View;
                        step.Layout = Strided.Contiguous(new[] { operand.Size });
                    }
                    else
                    {
                        step.Kind = ResultKind.Copy;
                        step.CopiedByLayout = true;
                        step.Layout = Strided.Contiguous(new[] { operand.Size });
                    }

                    break;
                case ShapeRule.Reshape:
                    if (operand is not null && ShapeFromArguments(step.Arguments, skipFirst: step.Operation is IInvocationOperation { Instance: null }) is { } shape)
                    {
                        var view = operand.ReshapedView(shape, out bool mismatch);
                        if (mismatch)
                        {
                            break;
                        }

                        if (view is not null)
                        {
                            step.Kind = ResultKind.View;
                            step.Layout = view;
                        }
                        else
                        {
                            step.Kind = ResultKind.Copy;
                            step.CopiedByLayout = true;
                            step.Layout = Strided.Contiguous(shape);
                        }
                    }

                    break;
                case ShapeRule.ShapeArgument:
                    if (ResolvedLibrary.FindArgument(step.Arguments, "shape") is { } shapeArgument && ConstantDims(shapeArgument.Value) is { } dims)
                    {
                        step.Layout = Strided.Contiguous(dims);
                    }

                    break;
                case ShapeRule.ArangeStop:
                    if (step.Arguments.Length == 1 && step.Arguments[0].Value.ConstantValue is { HasValue: true, Value: var stop } && ToLong(stop) is long n)
                    {
                        step.Layout = Strided.Contiguous(new[] { n });
                    }

                    break;
                case ShapeRule.ManagedArray:
                    if (step.Arguments.Length > 0 && ResolvedLibrary.Unwrap(step.Arguments[0].Value) is IArrayCreationOperation created && ConstantSizes(created.DimensionSizes) is { } sizes)
                    {
                        step.Layout = Strided.Contiguous(sizes);
                    }

                    break;
            }
        }

        private static string? FirstConstantString(ImmutableArray<IArgumentOperation> arguments) =>
            arguments.Length > 0 && ResolvedLibrary.Unwrap(arguments[0].Value).ConstantValue is { HasValue: true, Value: string text } ? text : null;

        /// <summary>Integer and string constants as one slice string ("1, :"); null when any index is not constant.</summary>
        private static string? SpellConstantIndices(ImmutableArray<IArgumentOperation> arguments)
        {
            var parts = new List<string>();
            foreach (var index in ResolvedLibrary.IndexValues(arguments))
            {
                switch (index.ConstantValue)
                {
                    case { HasValue: true, Value: string text }:
                        parts.Add(text);
                        break;
                    case { HasValue: true, Value: var value } when ToLong(value) is long n:
                        parts.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    default:
                        return null;
                }
            }

            return parts.Count == 0 ? null : string.Join(",", parts);
        }

        private static bool AllDefault(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                // np.transpose(a): the array itself is the one argument that may be written.
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Ordinal != 0)
                {
                    return false;
                }

                if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Type.TypeKind == TypeKind.Array)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A reshape's target shape from constant arguments: params ints, an int array, or new Shape(…).</summary>
        private static long[]? ShapeFromArguments(ImmutableArray<IArgumentOperation> arguments, bool skipFirst)
        {
            var dims = new List<long>();
            for (int i = skipFirst ? 1 : 0; i < arguments.Length; i++)
            {
                var argument = arguments[i];
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.Parameter?.Type.SpecialType == SpecialType.System_Char)
                {
                    return null;
                }

                var value = ConstantDims(argument.Value);
                if (value is null)
                {
                    return null;
                }

                dims.AddRange(value);
            }

            return dims.Count == 0 ? null : dims.ToArray();
        }

        private static long[]? ConstantDims(IOperation value)
        {
            value = ResolvedLibrary.Unwrap(value);
            switch (value)
            {
                case IArrayCreationOperation { Initializer: { } init }:
                    return ConstantSizes(init.ElementValues);
                case IObjectCreationOperation creation when creation.Type?.Name == "Shape":
                    var dims = new List<long>();
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Value is IArrayCreationOperation { Initializer: { } elements })
                        {
                            var sizes = ConstantSizes(elements.ElementValues);
                            if (sizes is null)
                            {
                                return null;
                            }

                            dims.AddRange(sizes);
                        }
                        else if (ToLong(ResolvedLibrary.Unwrap(argument.Value).ConstantValue is { HasValue: true } c ? c.Value : null) is long n)
                        {
                            dims.Add(n);
                        }
                        else
                        {
                            return null;
                        }
                    }

                    return dims.ToArray();
                case { ConstantValue: { HasValue: true, Value: var single } } when ToLong(single) is long one:
                    return new[] { one };
                default:
                    return null;
            }
        }

        private static long[]? ConstantSizes(ImmutableArray<IOperation> values)
        {
            var result = new long[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                if (ToLong(ResolvedLibrary.Unwrap(values[i]).ConstantValue is { HasValue: true } c ? c.Value : null) is not long n)
                {
                    return null;
                }

                result[i] = n;
            }

            return result.Length == 0 ? null : result;
        }

        private static long? ToLong(object? value) => value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            _ => null,
        };
    }
}
