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

        /// <summary>A new array that shares memory with nothing (np.zeros, np.arange, …).</summary>
        Fresh,
    }

    /// <summary>How a member's result shape and strides follow from its operand and arguments (NumPy's rules).</summary>
    internal enum ShapeRule
    {
        None = 0,

        /// <summary>Basic indexing by a slice string argument ("1:3", ":, ::2").</summary>
        SliceString,

        /// <summary>Basic indexing by int, string and Slice arguments (m[0], m[1, ":"]).</summary>
        SliceArguments,

        /// <summary>All axes reversed (T, transpose() without axes).</summary>
        Transpose,

        /// <summary>A new shape from the arguments: a view when the strides allow, else a copy.</summary>
        Reshape,

        /// <summary>One dimension: a view when C-contiguous, else a copy (ravel, flat, GetData).</summary>
        Flatten,

        /// <summary>A fresh array whose shape is the "shape" argument.</summary>
        ShapeArgument,

        /// <summary>A fresh array of shape (n,) for arange(n).</summary>
        ArangeStop,

        /// <summary>A fresh array with the dimensions of the .NET array argument.</summary>
        ManagedArray,
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
