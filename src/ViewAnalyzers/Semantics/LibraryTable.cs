using System.Collections.Immutable;

namespace ViewAnalyzers.Semantics
{
    /// <summary>
    /// Everything the analyzers know about one array library, as data. A second library is a second
    /// table, not a new analyzer: rules only ever see <see cref="ResolvedLibrary"/>.
    /// </summary>
    internal sealed class LibraryTable
    {
        public LibraryTable(
            string name,
            string? assemblyName,
            ImmutableArray<string> arrayTypes,
            string copyMethod,
            ImmutableArray<string> basicIndexTypes,
            ImmutableArray<string> invalidIndexTypes,
            ImmutableArray<MemberEntry> entries)
        {
            Name = name;
            AssemblyName = assemblyName;
            ArrayTypes = arrayTypes;
            CopyMethod = copyMethod;
            BasicIndexTypes = basicIndexTypes;
            InvalidIndexTypes = invalidIndexTypes;
            Entries = entries;
        }

        /// <summary>The library's display name, used in messages.</summary>
        public string Name { get; }

        /// <summary>The assembly whose presence in a compilation turns the table on; null for a user's table, whose types may live anywhere.</summary>
        public string? AssemblyName { get; }

        /// <summary>Metadata names of the array types whose values the flow layer tracks (derived types included).</summary>
        public ImmutableArray<string> ArrayTypes { get; }

        /// <summary>The instance method that makes an independent copy (the fix for VA0001 and VA0006).</summary>
        public string CopyMethod { get; }

        /// <summary>Metadata names of index argument types that select basically (a view); value tuples of them count too.</summary>
        public ImmutableArray<string> BasicIndexTypes { get; }

        /// <summary>Metadata names of index argument types that compile but are rejected at run time.</summary>
        public ImmutableArray<string> InvalidIndexTypes { get; }

        public ImmutableArray<MemberEntry> Entries { get; }
    }

    /// <summary>A small builder so that tables read as data.</summary>
    internal sealed class EntryBuilder
    {
        private readonly string _id;
        private readonly ResultKind _result;
        private string? _of;
        private bool _selection;
        private ShapeRule _shape;
        private readonly ImmutableArray<Condition>.Builder _conditions = ImmutableArray.CreateBuilder<Condition>();
        private readonly ImmutableArray<string>.Builder _mutates = ImmutableArray.CreateBuilder<string>();

        private EntryBuilder(string id, ResultKind result)
        {
            _id = id;
            _result = result;
        }

        public static EntryBuilder Returns(ResultKind result, string id) => new EntryBuilder(id, result);

        /// <summary>A member whose return value does not matter here; only what it writes.</summary>
        public static EntryBuilder Member(string id) => new EntryBuilder(id, ResultKind.Unknown);

        public EntryBuilder Of(string operand)
        {
            _of = operand;
            return this;
        }

        public EntryBuilder Shape(ShapeRule rule)
        {
            _shape = rule;
            return this;
        }

        public EntryBuilder Selection()
        {
            _selection = true;
            return this;
        }

        public EntryBuilder WhenConstant(string parameter, bool value, ResultKind then)
        {
            _conditions.Add(new Condition(ConditionKind.ConstantIs, parameter, value, 0, then));
            return this;
        }

        public EntryBuilder WhenGiven(string parameter, ResultKind then)
        {
            _conditions.Add(new Condition(ConditionKind.Given, parameter, false, 0, then));
            return this;
        }

        public EntryBuilder WhenSzArray(string parameter, ResultKind then)
        {
            _conditions.Add(new Condition(ConditionKind.IsSzArray, parameter, false, 0, then));
            return this;
        }

        public EntryBuilder WhenRank(string parameter, int rank, ResultKind then)
        {
            _conditions.Add(new Condition(ConditionKind.RankIs, parameter, false, rank, then));
            return this;
        }

        public EntryBuilder Mutates(string operand)
        {
            _mutates.Add(operand);
            return this;
        }

        public static implicit operator MemberEntry(EntryBuilder b) =>
            new MemberEntry(b._id, b._result, b._of, b._conditions.ToImmutable(), b._mutates.ToImmutable(), b._selection, b._shape);
    }
}
