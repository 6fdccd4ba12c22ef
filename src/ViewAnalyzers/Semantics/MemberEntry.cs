using System.Collections.Immutable;

namespace ViewAnalyzers.Semantics
{
    /// <summary>
    /// One row of a library table. <see cref="Id"/> is a documentation comment ID
    /// (<c>M:NumSharp.NDArray.copy(System.Char)</c>); without a parameter list it names every overload
    /// (<c>M:NumSharp.NDArray.reshape</c>). For indexers, <see cref="Result"/> describes the getter and
    /// <see cref="Mutates"/> the setter.
    /// </summary>
    internal sealed class MemberEntry
    {
        /// <summary>The operand name that means the receiver of an instance member.</summary>
        public const string Receiver = "this";

        public MemberEntry(string id, ResultKind result, string? of, ImmutableArray<Condition> conditions, ImmutableArray<string> mutates, bool isSelection, ShapeRule shape = ShapeRule.None)
        {
            Shape = shape;
            Id = id;
            Result = result;
            Of = of;
            Conditions = conditions;
            Mutates = mutates;
            IsSelection = isSelection;
        }

        public string Id { get; }

        /// <summary>The result when no condition applies.</summary>
        public ResultKind Result { get; }

        /// <summary>The operand the result relates to: <see cref="Receiver"/> or a parameter name; null means the receiver of an instance member, else the first parameter.</summary>
        public string? Of { get; }

        /// <summary>Checked in order; the first that holds decides the result.</summary>
        public ImmutableArray<Condition> Conditions { get; }

        /// <summary>What a call (or an indexer's setter) writes into: <see cref="Receiver"/> and/or parameter names.</summary>
        public ImmutableArray<string> Mutates { get; }

        /// <summary>A copy made by selecting elements (fancy or boolean indexing, take, compress, extract, flatten).</summary>
        public bool IsSelection { get; }

        /// <summary>How the result's shape and strides follow from the operand (for layout-dependent results and ranks).</summary>
        public ShapeRule Shape { get; }

        public override string ToString() => Id;
    }

    internal enum ConditionKind
    {
        /// <summary>The argument for <see cref="Condition.Parameter"/> is the boolean constant <see cref="Condition.Value"/>.</summary>
        ConstantIs,

        /// <summary>The argument for <see cref="Condition.Parameter"/> is written in the call (not a default value).</summary>
        Given,

        /// <summary>The argument for <see cref="Condition.Parameter"/> is statically a single-dimensional .NET array.</summary>
        IsSzArray,

        /// <summary>The array passed as <see cref="Condition.Parameter"/> is known to have rank <see cref="Condition.Rank"/>; unknown rank makes the result unknown.</summary>
        RankIs,
    }

    internal sealed class Condition
    {
        public Condition(ConditionKind kind, string parameter, bool value, int rank, ResultKind then)
        {
            Kind = kind;
            Parameter = parameter;
            Value = value;
            Rank = rank;
            Then = then;
        }

        public ConditionKind Kind { get; }
        public string Parameter { get; }
        public bool Value { get; }
        public int Rank { get; }
        public ResultKind Then { get; }

        public override string ToString() => Kind switch
        {
            ConditionKind.ConstantIs => $"{Parameter}={(Value ? "true" : "false")}",
            ConditionKind.Given => $"{Parameter} given",
            ConditionKind.IsSzArray => $"{Parameter} is T[]",
            _ => $"{Parameter}.ndim={Rank}",
        };
    }
}
