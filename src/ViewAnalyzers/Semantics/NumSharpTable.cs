using System.Collections.Immutable;
using static ViewAnalyzers.Semantics.EntryBuilder;
using static ViewAnalyzers.Semantics.ResultKind;

namespace ViewAnalyzers.Semantics
{
    /// <summary>
    /// NumSharp 0.70.0, as verified by running the package (../shared/reference/numsharp-0.70-semantics.md
    /// §3-§5). Every entry is executed against the real package by <c>NumSharpTableExecutionTests</c>.
    /// IDs are documentation comment IDs; no parameter list means every overload, and a parameter list
    /// ending in <c>*</c> matches any further parameters.
    /// </summary>
    internal static class NumSharpTable
    {
        public static readonly LibraryTable Table = new LibraryTable(
            name: "NumSharp",
            assemblyName: "NumSharp",
            arrayTypes: ImmutableArray.Create("NumSharp.NDArray"),
            copyMethod: "copy",
            basicIndexTypes: ImmutableArray.Create("System.Int32", "System.Int64", "System.String", "System.Boolean", "NumSharp.Slice"),
            invalidIndexTypes: ImmutableArray.Create("System.Range", "System.Index"),
            entries: ImmutableArray.Create<MemberEntry>(
                // §3 Indexers: getters' results; every setter writes into its receiver.
                Returns(View, "P:NumSharp.NDArray.Item(System.String)").Shape(ShapeRule.SliceString).Mutates("this"),
                Returns(View, "P:NumSharp.NDArray.Item(NumSharp.Slice[])").Shape(ShapeRule.SliceArguments).Mutates("this"),
                Returns(ByIndexArguments, "P:NumSharp.NDArray.Item(System.Object[])").Shape(ShapeRule.SliceArguments).Mutates("this"),
                Returns(Copy, "P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Int32}[])").Selection().Mutates("this"),
                Returns(Copy, "P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Boolean})").Selection().Mutates("this"),
                Returns(View, "P:NumSharp.NDArray.Item(System.Int64*,System.Int32)").Mutates("this"),
                Returns(View, "P:NumSharp.Generic.NDArray`1.Item(System.String)").Shape(ShapeRule.SliceString).Mutates("this"),
                Returns(View, "P:NumSharp.Generic.NDArray`1.Item(NumSharp.Slice[])").Shape(ShapeRule.SliceArguments).Mutates("this"),
                Returns(Scalar, "P:NumSharp.Generic.NDArray`1.Item(System.Int32[])").Mutates("this"),
                Returns(Scalar, "P:NumSharp.Generic.NDArray`1.Item(System.Int64[])").Mutates("this"),
                Returns(View, "P:NumSharp.NDArray.flatiter"),
                Returns(Copy, "P:NumSharp.np.FlatIterator.Item").Mutates("this"),
                Returns(SameObject, "P:NumSharp.np.FlatIterator.Base"),
                Returns(View, "M:NumSharp.NDArray.__getitem__"),
                Member("M:NumSharp.NDArray.__setitem__").Mutates("this"),

                // §4 Views.
                Returns(View, "M:NumSharp.NDArray.GetData(System.Int32[])"),
                Returns(View, "M:NumSharp.NDArray.GetData(System.Int64[])"),
                Returns(View, "P:NumSharp.NDArray.T").Shape(ShapeRule.Transpose),
                Returns(View, "P:NumSharp.Generic.NDArray`1.T").Shape(ShapeRule.Transpose),
                Returns(View, "P:NumSharp.NDArray.mT"),
                Returns(View, "M:NumSharp.NDArray.transpose").Shape(ShapeRule.Transpose),
                Returns(View, "M:NumSharp.NDArray.swapaxes"),
                Returns(View, "M:NumSharp.np.transpose").Shape(ShapeRule.Transpose),
                Returns(View, "M:NumSharp.np.swapaxes"),
                Returns(View, "M:NumSharp.np.moveaxis"),
                Returns(View, "M:NumSharp.np.rollaxis"),
                Returns(View, "M:NumSharp.np.permute_dims"),
                Returns(View, "M:NumSharp.np.matrix_transpose"),
                Returns(View, "M:NumSharp.np.expand_dims"),
                Returns(View, "M:NumSharp.np.squeeze(NumSharp.NDArray,*)"),
                Returns(View, "M:NumSharp.NDArray.squeeze"),
                Returns(View, "M:NumSharp.np.atleast_2d(NumSharp.NDArray)"),
                Returns(View, "M:NumSharp.np.atleast_3d(NumSharp.NDArray)"),
                Returns(View, "M:NumSharp.np.flip"),
                Returns(View, "M:NumSharp.np.fliplr"),
                Returns(View, "M:NumSharp.np.flipud"),
                Returns(View, "M:NumSharp.np.rot90"),
                Returns(View, "M:NumSharp.NDArray.view"),
                Returns(View, "M:NumSharp.NDArray.MakeGeneric``1"),
                Returns(View, "M:NumSharp.NDArray.AsGeneric``1"),
                Returns(LayoutDependent, "M:NumSharp.NDArray.AsOrMakeGeneric``1"),
                Returns(ElementViews, "M:NumSharp.np.split").Of("ary"),
                Returns(ElementViews, "M:NumSharp.np.array_split").Of("ary"),
                Returns(ElementViews, "M:NumSharp.np.hsplit").Of("ary"),
                Returns(ElementViews, "M:NumSharp.np.vsplit").Of("ary"),
                Returns(ElementViews, "M:NumSharp.np.unstack"),
                Returns(ElementViews, "M:NumSharp.NDArray.GetNDArrays"),
                // Writable element views of every input (only a whole-array "..." write throws).
                Returns(ElementViews, "M:NumSharp.np.broadcast_arrays"),

                // Read-only views: a write throws.
                Returns(ReadOnlyView, "M:NumSharp.NDArray.diagonal"),
                Returns(ReadOnlyView, "M:NumSharp.np.diagonal"),
                Returns(ReadOnlyView, "M:NumSharp.np.diag").WhenRank("v", 1, Copy),
                Returns(ReadOnlyView, "M:NumSharp.np.broadcast_to(NumSharp.NDArray,*)"),

                // Views or copies depending on layout, shape or dtype.
                Returns(LayoutDependent, "M:NumSharp.NDArray.reshape").Shape(ShapeRule.Reshape),
                Returns(LayoutDependent, "M:NumSharp.NDArray.reshape_unsafe").Shape(ShapeRule.Reshape),
                Returns(LayoutDependent, "M:NumSharp.Generic.NDArray`1.reshape").Shape(ShapeRule.Reshape),
                Returns(LayoutDependent, "M:NumSharp.np.reshape").Shape(ShapeRule.Reshape),
                Returns(LayoutDependent, "M:NumSharp.NDArray.ravel").Shape(ShapeRule.Flatten),
                Returns(LayoutDependent, "M:NumSharp.np.ravel").Shape(ShapeRule.Flatten),
                Returns(LayoutDependent, "P:NumSharp.NDArray.flat").Shape(ShapeRule.Flatten),
                Returns(LayoutDependent, "M:NumSharp.NDArray.GetData``1").Shape(ShapeRule.Flatten),
                Returns(LayoutDependent, "M:NumSharp.NDArray.Data``1").Shape(ShapeRule.Flatten),
                Returns(LayoutDependent, "M:NumSharp.np.ascontiguousarray(NumSharp.NDArray,*)"),
                Returns(LayoutDependent, "M:NumSharp.np.asfortranarray(NumSharp.NDArray,*)"),
                Returns(LayoutDependent, "M:NumSharp.np.real"),
                Returns(LayoutDependent, "P:NumSharp.NDArray.real").Mutates("this"),
                Member("P:NumSharp.NDArray.imag").Mutates("this"),

                // Same object.
                Returns(SameObject, "M:NumSharp.np.asarray(NumSharp.NDArray,*)")
                    .WhenConstant("copy", true, Copy)
                    .WhenGiven("dtype", LayoutDependent),
                Returns(SameObject, "M:NumSharp.np.asanyarray(System.Object@,*)").WhenGiven("dtype", LayoutDependent),
                Returns(SameObject, "M:NumSharp.np.require(NumSharp.NDArray,*)")
                    .WhenGiven("dtype", LayoutDependent)
                    .WhenGiven("requirements", LayoutDependent),
                Returns(SameObject, "M:NumSharp.np.atleast_1d(NumSharp.NDArray)"),

                // Copies.
                Returns(Copy, "M:NumSharp.NDArray.copy"),
                Returns(Copy, "M:NumSharp.NDArray.Clone"),
                Returns(Copy, "M:NumSharp.Generic.NDArray`1.Clone"),
                Returns(Copy, "M:NumSharp.np.copy"),
                Returns(Copy, "M:NumSharp.np.array(NumSharp.NDArray,System.Boolean)").WhenConstant("copy", false, View),
                Returns(Copy, "M:NumSharp.NDArray.astype").WhenConstant("copy", false, LayoutDependent),
                Returns(Copy, "M:NumSharp.NDArray.flatten").Selection(),
                Returns(Copy, "M:NumSharp.NDArray.take").Selection(),
                Returns(Copy, "M:NumSharp.np.take").Selection(),
                Returns(Copy, "M:NumSharp.NDArray.compress").Selection(),
                Returns(Copy, "M:NumSharp.np.compress").Of("a").Selection(),
                Returns(Copy, "M:NumSharp.np.extract").Of("arr").Selection(),
                Returns(Copy, "M:NumSharp.NDArray.GetIndices").Selection(),
                Returns(Copy, "M:NumSharp.np.where(NumSharp.NDArray,NumSharp.NDArray,NumSharp.NDArray)").Of("x"),
                Returns(Copy, "M:NumSharp.np.roll"),
                Returns(Copy, "M:NumSharp.NDArray.roll"),
                Returns(Copy, "M:NumSharp.NDArray.repeat"),
                Returns(Copy, "M:NumSharp.NDArray.CloneData"),
                Returns(Copy, "M:NumSharp.NDArray.CloneData``1"),
                Returns(Copy, "M:NumSharp.NDArray.ToArray``1"),
                Returns(Scalar, "M:NumSharp.NDArray.item"),
                Returns(Scalar, "M:NumSharp.NDArray.item``1"),

                // Fresh arrays whose shape is known from their arguments.
                Returns(Fresh, "M:NumSharp.np.zeros").Shape(ShapeRule.ShapeArgument),
                Returns(Fresh, "M:NumSharp.np.ones").Shape(ShapeRule.ShapeArgument),
                Returns(Fresh, "M:NumSharp.np.empty").Shape(ShapeRule.ShapeArgument),
                Returns(Fresh, "M:NumSharp.np.full").Shape(ShapeRule.ShapeArgument),
                Returns(Fresh, "M:NumSharp.np.arange(System.Int32)").Shape(ShapeRule.ArangeStop),
                Returns(Fresh, "M:NumSharp.np.arange(System.Int64)").Shape(ShapeRule.ArangeStop),

                // Arrays over a caller's .NET array.
                Returns(Copy, "M:NumSharp.np.array``1(``0[])").Shape(ShapeRule.ManagedArray),
                Returns(Copy, "M:NumSharp.np.array``1(``0[],System.Boolean)").WhenConstant("copy", false, AliasesManagedArray),
                Returns(Copy, "M:NumSharp.np.array``1(``0[,],System.Boolean)").Shape(ShapeRule.ManagedArray).WhenConstant("copy", false, AliasesManagedArray),
                Returns(AliasesManagedArray, "M:NumSharp.np.asarray``1(``0[],System.Int32)"),
                Returns(Copy, "M:NumSharp.NDArray.#ctor(System.Array,NumSharp.Shape,System.Char)").WhenSzArray("values", AliasesManagedArray),
                Returns(AliasesManagedArray, "M:NumSharp.np.frombuffer(System.Byte[],*)"),

                // §5 Members that write into their receiver.
                Member("M:NumSharp.NDArray.fill").Mutates("this"),
                Member("M:NumSharp.NDArray.SetData").Mutates("this"),
                Member("M:NumSharp.NDArray.SetValue").Mutates("this"),
                Member("M:NumSharp.NDArray.SetValue``1").Mutates("this"),
                Member("M:NumSharp.NDArray.SetAtIndex").Mutates("this"),
                Member("M:NumSharp.NDArray.SetAtIndex``1").Mutates("this"),
                Member("M:NumSharp.NDArray.SetInt32").Mutates("this"),
                Member("M:NumSharp.NDArray.SetInt64").Mutates("this"),
                Member("M:NumSharp.NDArray.SetDouble").Mutates("this"),
                Member("M:NumSharp.NDArray.SetSingle").Mutates("this"),
                Member("M:NumSharp.NDArray.SetBoolean").Mutates("this"),
                Member("M:NumSharp.NDArray.SetByte").Mutates("this"),
                Member("M:NumSharp.NDArray.SetInt16").Mutates("this"),
                Member("M:NumSharp.NDArray.SetUInt16").Mutates("this"),
                Member("M:NumSharp.NDArray.SetUInt32").Mutates("this"),
                Member("M:NumSharp.NDArray.SetUInt64").Mutates("this"),
                Member("M:NumSharp.NDArray.SetChar").Mutates("this"),
                Member("M:NumSharp.NDArray.SetDecimal").Mutates("this"),
                Member("M:NumSharp.NDArray.itemset").Mutates("this"),
                Member("M:NumSharp.NDArray.itemset``1").Mutates("this"),
                Member("M:NumSharp.NDArray.put").Mutates("this"),
                Member("M:NumSharp.NDArray.sort").Mutates("this"),
                Member("M:NumSharp.NDArray.SetIndices").Mutates("this"),

                // §5 np functions that write into an argument.
                Member("M:NumSharp.np.copyto").Mutates("dst"),
                Member("M:NumSharp.np.put").Mutates("a"),
                Member("M:NumSharp.np.place").Mutates("arr"),
                Member("M:NumSharp.np.fill_diagonal").Mutates("a"),
                Member("M:NumSharp.NumPyRandom.shuffle").Mutates("x"),
                // Every ufunc-style member with an `out` array parameter writes into it.
                Member("M:NumSharp.np.*").Mutates("out"),
                Member("M:NumSharp.NDArray.*").Mutates("out")));
    }
}
