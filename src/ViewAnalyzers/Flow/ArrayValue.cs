using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.Flow
{
    internal enum ValueKind
    {
        /// <summary>Not known: rules stay silent.</summary>
        Unknown = 0,

        /// <summary>A new array this method made (np.zeros, a + 1, …): it shares memory with nothing.</summary>
        Fresh,

        /// <summary>An array the method received or reads from a field: its own root.</summary>
        External,

        /// <summary>Shares memory with <see cref="ArrayValue.Root"/>; writes through it change the root.</summary>
        View,

        /// <summary>A view whose writes throw.</summary>
        ReadOnlyView,

        /// <summary>New memory copied from <see cref="ArrayValue.Root"/>; writes never reach it.</summary>
        Copy,

        /// <summary>Shares memory with the .NET array <see cref="ArrayValue.Root"/>.</summary>
        ManagedAlias,
    }

    /// <summary>What a local holds at one program point. Values are immutable and compared structurally.</summary>
    internal sealed class ArrayValue
    {
        public static readonly ArrayValue Unknown = new ArrayValue(ValueKind.Unknown, null, null, null, null, false, false);

        public ArrayValue(ValueKind kind, ISymbol? root, IOperation? origin, Strided? layout, string? how, bool isSelection, bool copiedByLayout)
        {
            Kind = kind;
            Root = root;
            Origin = origin;
            Layout = layout;
            How = how;
            IsSelection = isSelection;
            CopiedByLayout = copiedByLayout;
        }

        public ValueKind Kind { get; }

        /// <summary>The local, parameter or field whose memory a view shares or a copy was taken from.</summary>
        public ISymbol? Root { get; }

        /// <summary>The expression that produced the value (the view's or copy's creation).</summary>
        public IOperation? Origin { get; }

        /// <summary>Shape and strides when known exactly.</summary>
        public Strided? Layout { get; }

        /// <summary>For messages: how a copy was made ("fancy indexing", "a boolean mask", "take", …).</summary>
        public string? How { get; }

        /// <summary>A copy made by selecting elements: it can be written back with the inverse selection.</summary>
        public bool IsSelection { get; }

        /// <summary>A copy made by ravel/flat/reshape because the source was not contiguous.</summary>
        public bool CopiedByLayout { get; }

        public bool SharesMemoryWithRoot => Kind is ValueKind.View or ValueKind.ReadOnlyView;

        public static ArrayValue Of(ValueKind kind, ISymbol? root, IOperation? origin, Strided? layout = null) =>
            new ArrayValue(kind, root, origin, layout, null, false, false);

        public static ArrayValue Join(ArrayValue a, ArrayValue b) => a.Equals(b) ? a : Unknown;

        public override bool Equals(object? obj) =>
            obj is ArrayValue other
            && Kind == other.Kind
            && SymbolEqualityComparer.Default.Equals(Root, other.Root)
            && ReferenceEquals(Origin, other.Origin)
            && Equals(Layout, other.Layout)
            && How == other.How
            && IsSelection == other.IsSelection
            && CopiedByLayout == other.CopiedByLayout;

        public override int GetHashCode() =>
            ((int)Kind * 397) ^ SymbolEqualityComparer.Default.GetHashCode(Root) ^ (Origin?.GetHashCode() ?? 0);

        public override string ToString() => $"{Kind}({Root?.Name})";
    }
}
