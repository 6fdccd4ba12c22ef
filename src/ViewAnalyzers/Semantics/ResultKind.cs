namespace ViewAnalyzers.Semantics
{
    /// <summary>What a library member returns, relative to one of its operands.</summary>
    internal enum ResultKind
    {
        /// <summary>Not in the table, or a condition could not be decided: rules stay silent.</summary>
        Unknown = 0,

        /// <summary>A new object over the operand's memory: writes through it change the operand.</summary>
        View,

        /// <summary>New memory: writes never reach the operand.</summary>
        Copy,

        /// <summary>The operand itself (<c>ReferenceEquals</c> is true).</summary>
        SameObject,

        /// <summary>A view or a copy depending on the operand's memory layout or shape.</summary>
        LayoutDependent,

        /// <summary>A view whose writes throw at run time.</summary>
        ReadOnlyView,

        /// <summary>A scalar element, not an array.</summary>
        Scalar,

        /// <summary>An indexer whose result depends on the static types of its arguments (see <see cref="IndexArgumentKind"/>).</summary>
        ByIndexArguments,

        /// <summary>An array over a caller's .NET array without copying it.</summary>
        AliasesManagedArray,

        /// <summary>A collection (array or tuple) whose elements are views of the operand.</summary>
        ElementViews,
    }

    /// <summary>How one index argument of a <see cref="ResultKind.ByIndexArguments"/> indexer is treated.</summary>
    internal enum IndexArgumentKind
    {
        Unknown = 0,

        /// <summary>int, long, string, Slice, bool, or a tuple of those: basic indexing, a view.</summary>
        Basic,

        /// <summary>An index array, mask or enumerable: advanced indexing, a copy.</summary>
        Advanced,

        /// <summary>A value the library rejects at run time (C# <c>System.Range</c>/<c>System.Index</c>).</summary>
        Invalid,
    }
}
