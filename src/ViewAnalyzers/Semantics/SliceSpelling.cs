using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ViewAnalyzers.Semantics
{
    /// <summary>A piece of a slice string: literal text, or an expression to interpolate.</summary>
    internal readonly struct SlicePiece
    {
        public SlicePiece(string? text, IOperation? expression)
        {
            Text = text;
            Expression = expression;
        }

        public string? Text { get; }

        public IOperation? Expression { get; }
    }

    /// <summary>
    /// Spells C# indices and ranges as NumPy/NumSharp slice strings: <c>1..4</c> → <c>"1:4"</c>,
    /// <c>^1</c> → <c>"-1"</c>, <c>..</c> → <c>":"</c>, <c>^2..</c> → <c>"-2:"</c>, <c>i..j</c> → <c>$"{i}:{j}"</c>.
    /// Only forms whose meaning is certain are spelled: <c>^k</c> with a variable <c>k</c> is not (k = 0 would mean "to the end").
    /// </summary>
    internal static class SliceSpelling
    {
        /// <summary>Spells every index of an indexer as one comma-separated slice string, or returns false.</summary>
        public static bool TrySpellIndices(IEnumerable<IOperation> indices, out ImmutableArray<SlicePiece> pieces)
        {
            var builder = ImmutableArray.CreateBuilder<SlicePiece>();
            bool first = true;
            foreach (var index in indices)
            {
                if (!first)
                {
                    builder.Add(new SlicePiece(", ", null));
                }

                first = false;
                if (!TrySpellOne(index, builder))
                {
                    pieces = default;
                    return false;
                }
            }

            pieces = builder.ToImmutable();
            return !first;
        }

        /// <summary>Spells one index value (a range, an index, an integer or a slice string).</summary>
        public static bool TrySpellOne(IOperation index, ImmutableArray<SlicePiece>.Builder into)
        {
            switch (index)
            {
                case IRangeOperation range:
                    return TrySpellBound(range.LeftOperand, isStop: false, into)
                        && Add(into, ":")
                        && TrySpellBound(range.RightOperand, isStop: true, into);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat:
                    return TrySpellFromEnd(hat.Operand, isStop: false, into);
                case { Type.SpecialType: SpecialType.System_String, ConstantValue: { HasValue: true, Value: string text } }:
                    return Add(into, text);
                case { Type.SpecialType: SpecialType.System_Int32 or SpecialType.System_Int64 }:
                    return AddInteger(index, into, allowNegative: true);
                case IConversionOperation conversion when IsIndex(conversion.Type):
                    return TrySpellOne(conversion.Operand, into);
                default:
                    return false;
            }
        }

        /// <summary>The pieces as they would read in source: literal text with {expression} for interpolations.</summary>
        public static string Display(ImmutableArray<SlicePiece> pieces)
        {
            var text = new StringBuilder();
            foreach (var piece in pieces)
            {
                text.Append(piece.Text ?? "{" + piece.Expression!.Syntax + "}");
            }

            return text.ToString();
        }

        private static bool TrySpellBound(IOperation? bound, bool isStop, ImmutableArray<SlicePiece>.Builder into)
        {
            if (bound is null)
            {
                return true;
            }

            while (bound is IConversionOperation conversion && IsIndex(conversion.Type))
            {
                bound = conversion.Operand;
            }

            if (bound is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
            {
                return TrySpellFromEnd(hat.Operand, isStop, into);
            }

            // A negative integer converted to System.Index throws; leave such code alone.
            return bound.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                && AddInteger(bound, into, allowNegative: false);
        }

        private static bool TrySpellFromEnd(IOperation operand, bool isStop, ImmutableArray<SlicePiece>.Builder into)
        {
            var constant = operand.ConstantValue;
            if (!constant.HasValue || constant.Value is not int n || n < 0)
            {
                return false;
            }

            if (n == 0)
            {
                // ..^0 is "to the end": an empty stop. ^0 as a start or an index has no slice spelling.
                return isStop;
            }

            return Add(into, "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static bool AddInteger(IOperation value, ImmutableArray<SlicePiece>.Builder into, bool allowNegative)
        {
            var constant = value.ConstantValue;
            if (constant.HasValue)
            {
                long n = constant.Value switch { int i => i, long l => l, _ => long.MinValue };
                if (n == long.MinValue || (n < 0 && !allowNegative))
                {
                    return false;
                }

                return Add(into, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            into.Add(new SlicePiece(null, value));
            return true;
        }

        private static bool Add(ImmutableArray<SlicePiece>.Builder into, string text)
        {
            into.Add(new SlicePiece(text, null));
            return true;
        }

        private static bool IsIndex(ITypeSymbol? type) =>
            type is { Name: "Index", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
