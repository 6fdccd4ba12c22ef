using System;
using System.Collections.Generic;
using NumSharp;
using static ViewAnalyzers.Tests.Semantics.Probes;
using C = ViewAnalyzers.Tests.Semantics.ProbeCase;

namespace ViewAnalyzers.Tests.Semantics
{
    /// <summary>
    /// One executable probe per entry of <c>NumSharpTable</c>. Adding an entry without a probe, or a probe
    /// without an entry, fails <see cref="NumSharpTableExecutionTests"/>.
    /// </summary>
    internal static class NumSharpProbes
    {
        private static C[] Run(Func<NDArray> source, Func<NDArray, object?> op) =>
            new[] { new C(C.Default, () => Observe(source(), op)) };

        private static C[] Layout(Func<NDArray> aliasingSource, Func<NDArray, object?> aliasing, Func<NDArray> copyingSource, Func<NDArray, object?> copying) =>
            new[]
            {
                new C(C.Aliasing, () => Observe(aliasingSource(), aliasing)),
                new C(C.Copying, () => Observe(copyingSource(), copying)),
            };

        private static C Branch(string branch, Func<NDArray> source, Func<NDArray, object?> op) =>
            new C(branch, () => Observe(source(), op));

        public static readonly Dictionary<string, C[]> Results = new Dictionary<string, C[]>(StringComparer.Ordinal)
        {
            ["P:NumSharp.NDArray.Item(System.String)"] = Run(A, a => a["1:4"]),
            ["P:NumSharp.NDArray.Item(NumSharp.Slice[])"] = Run(M, m => m[0]),
            ["P:NumSharp.NDArray.Item(System.Object[])"] = new[]
            {
                Branch(C.BasicIndex, M, m => m[":", 1]),
                Branch(C.AdvancedIndex, M, m => m[":", new[] { 0, 2 }]),
            },
            ["P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Int32}[])"] = Run(A, a => a[np.array(new[] { 0, 2 }).MakeGeneric<int>()]),
            ["P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Boolean})"] = Run(A, a => a[a > 25]),
            ["P:NumSharp.NDArray.Item(System.Int64*,System.Int32)"] = Run(M, m => PointerIndex(m)),
            ["P:NumSharp.Generic.NDArray`1.Item(System.String)"] = Run(A, a => a.MakeGeneric<int>()["1:3"]),
            ["P:NumSharp.Generic.NDArray`1.Item(NumSharp.Slice[])"] = Run(M, m => m.MakeGeneric<int>()[0, ":"]),
            ["P:NumSharp.Generic.NDArray`1.Item(System.Int32[])"] = Run(M, m => m.MakeGeneric<int>()[new[] { 0, 2 }]),
            ["P:NumSharp.Generic.NDArray`1.Item(System.Int64[])"] = Run(A, a => a.MakeGeneric<int>()[1]),
            ["P:NumSharp.NDArray.flatiter"] = Run(M, m => m.T.flatiter),
            ["P:NumSharp.np.FlatIterator.Item"] = Run(A, a => a.flatiter[new[] { 0, 2 }]),
            ["P:NumSharp.np.FlatIterator.Base"] = Run(A, a => a.flatiter.Base),
            ["M:NumSharp.NDArray.__getitem__"] = Run(A, a => a.__getitem__("1:3")),

            ["M:NumSharp.NDArray.GetData(System.Int32[])"] = Run(M, m => m.GetData(new[] { 1 })),
            ["M:NumSharp.NDArray.GetData(System.Int64[])"] = Run(M, m => m.GetData(new long[] { 1 })),
            ["P:NumSharp.NDArray.T"] = Run(M, m => m.T),
            ["P:NumSharp.Generic.NDArray`1.T"] = Run(M, m => m.MakeGeneric<int>().T),
            ["P:NumSharp.NDArray.mT"] = Run(M, m => m.mT),
            ["M:NumSharp.NDArray.transpose"] = Run(M, m => m.transpose()),
            ["M:NumSharp.NDArray.swapaxes"] = Run(M, m => m.swapaxes(0, 1)),
            ["M:NumSharp.np.transpose"] = Run(M, m => np.transpose(m)),
            ["M:NumSharp.np.swapaxes"] = Run(M, m => np.swapaxes(m, 0, 1)),
            ["M:NumSharp.np.moveaxis"] = Run(M, m => np.moveaxis(m, 0, 1)),
            ["M:NumSharp.np.rollaxis"] = Run(M, m => np.rollaxis(m, 1, 0)),
            ["M:NumSharp.np.permute_dims"] = Run(M, m => np.permute_dims(m, new[] { 1, 0 })),
            ["M:NumSharp.np.matrix_transpose"] = Run(M, m => np.matrix_transpose(m)),
            ["M:NumSharp.np.expand_dims"] = Run(A, a => np.expand_dims(a, 0)),
            ["M:NumSharp.np.squeeze(NumSharp.NDArray,*)"] = Run(A, a => np.squeeze(np.expand_dims(a, 0))),
            ["M:NumSharp.NDArray.squeeze"] = Run(A, a => a.reshape(1, 5).squeeze()),
            ["M:NumSharp.np.atleast_2d(NumSharp.NDArray)"] = Run(A, a => np.atleast_2d(a)),
            ["M:NumSharp.np.atleast_3d(NumSharp.NDArray)"] = Run(A, a => np.atleast_3d(a)),
            ["M:NumSharp.np.flip"] = Run(A, a => np.flip(a)),
            ["M:NumSharp.np.fliplr"] = Run(M, m => np.fliplr(m)),
            ["M:NumSharp.np.flipud"] = Run(M, m => np.flipud(m)),
            ["M:NumSharp.np.rot90"] = Run(M, m => np.rot90(m)),
            ["M:NumSharp.NDArray.view"] = Run(A, a => a.view()),
            ["M:NumSharp.NDArray.MakeGeneric``1"] = Run(A, a => a.MakeGeneric<int>()),
            ["M:NumSharp.NDArray.AsGeneric``1"] = Run(A, a => a.AsGeneric<int>()),
            ["M:NumSharp.NDArray.AsOrMakeGeneric``1"] = Layout(A, a => a.AsOrMakeGeneric<int>(), A, a => a.AsOrMakeGeneric<long>()),
            ["M:NumSharp.np.split"] = Run(M24, m => np.split(m, 2, 1)),
            ["M:NumSharp.np.array_split"] = Run(A, a => np.array_split(a, 2)),
            ["M:NumSharp.np.hsplit"] = Run(M24, m => np.hsplit(m, 2)),
            ["M:NumSharp.np.vsplit"] = Run(M, m => np.vsplit(m, 2)),
            ["M:NumSharp.np.unstack"] = Run(M, m => np.unstack(m)),
            ["M:NumSharp.NDArray.GetNDArrays"] = Run(M, m => m.GetNDArrays(0)),
            ["M:NumSharp.np.broadcast_arrays"] = Run(A, a => np.broadcast_arrays(a, np.array(new int[,] { { 1 }, { 2 } }))),

            ["M:NumSharp.NDArray.diagonal"] = Run(M, m => m.diagonal()),
            ["M:NumSharp.np.diagonal"] = Run(M, m => np.diagonal(m)),
            ["M:NumSharp.np.diag"] = new[]
            {
                Branch(C.Default, M, m => np.diag(m)),
                Branch("v.ndim=1", A, a => np.diag(a)),
            },
            ["M:NumSharp.np.broadcast_to(NumSharp.NDArray,*)"] = Run(A, a => np.broadcast_to(a, new Shape(2, 5))),

            ["M:NumSharp.NDArray.reshape"] = Layout(M, m => m.reshape(3, 2), M, m => m.T.reshape(6)),
            ["M:NumSharp.NDArray.reshape_unsafe"] = Layout(M, m => m.reshape_unsafe(3, 2), M, m => m.T.reshape_unsafe(6)),
            ["M:NumSharp.Generic.NDArray`1.reshape"] = Layout(M, m => m.MakeGeneric<int>().reshape(3, 2), M, m => m.T.MakeGeneric<int>().reshape(6)),
            ["M:NumSharp.np.reshape"] = Layout(M, m => np.reshape(m, new[] { 3, 2 }), M, m => np.reshape(m.T, new[] { 6 })),
            ["M:NumSharp.NDArray.ravel"] = Layout(M, m => m.ravel(), M, m => m.T.ravel()),
            ["M:NumSharp.np.ravel"] = Layout(M, m => np.ravel(m), M, m => np.ravel(m.T)),
            ["P:NumSharp.NDArray.flat"] = Layout(M, m => m.flat, M, m => m.T.flat),
            ["M:NumSharp.NDArray.GetData``1"] = Layout(A, a => a.GetData<int>(), A, a => a["::2"].GetData<int>()),
            ["M:NumSharp.NDArray.Data``1"] = Layout(A, a => a.Data<int>(), A, a => a["::2"].Data<int>()),
            ["M:NumSharp.np.ascontiguousarray(NumSharp.NDArray,*)"] = Layout(M, m => np.ascontiguousarray(m), M, m => np.ascontiguousarray(m.T)),
            ["M:NumSharp.np.asfortranarray(NumSharp.NDArray,*)"] = Layout(A, a => np.asfortranarray(a), M, m => np.asfortranarray(m)),
            ["M:NumSharp.np.real"] = Layout(A, a => np.real(a), A, a => np.real(a.astype(typeof(System.Numerics.Complex)))),
            ["P:NumSharp.NDArray.real"] = Layout(A, a => a.real, A, a => a.astype(typeof(System.Numerics.Complex)).real),

            ["M:NumSharp.np.asarray(NumSharp.NDArray,*)"] = new[]
            {
                Branch(C.Default, A, a => np.asarray(a)),
                Branch("copy=true", A, a => np.asarray(a, copy: true)),
                Branch("dtype given", A, a => np.asarray(a, typeof(long))),
                Branch("dtype given", A, a => np.asarray(a, typeof(int))),
            },
            ["M:NumSharp.np.asanyarray(System.Object@,*)"] = new[]
            {
                Branch(C.Default, A, a => np.asanyarray(a)),
                Branch("dtype given", A, a => np.asanyarray(a, typeof(long))),
                Branch("dtype given", A, a => np.asanyarray(a, typeof(int))),
            },
            ["M:NumSharp.np.require(NumSharp.NDArray,*)"] = new[]
            {
                Branch(C.Default, A, a => np.require(a)),
                Branch("dtype given", A, a => np.require(a, typeof(long))),
                Branch("dtype given", A, a => np.require(a, typeof(int))),
                Branch("requirements given", M, m => np.require(m, (System.Type)null!, "C")),
                Branch("requirements given", M, m => np.require(m.T, (System.Type)null!, "C")),
            },
            ["M:NumSharp.np.atleast_1d(NumSharp.NDArray)"] = Run(A, a => np.atleast_1d(a)),

            ["M:NumSharp.NDArray.copy"] = Run(A, a => a.copy()),
            ["M:NumSharp.NDArray.Clone"] = Run(A, a => a.Clone()),
            ["M:NumSharp.Generic.NDArray`1.Clone"] = Run(A, a => a.MakeGeneric<int>().Clone()),
            ["M:NumSharp.np.copy"] = Run(A, a => np.copy(a)),
            ["M:NumSharp.np.array(NumSharp.NDArray,System.Boolean)"] = new[]
            {
                Branch(C.Default, A, a => np.array(a)),
                Branch("copy=false", A, a => np.array(a, copy: false)),
            },
            ["M:NumSharp.NDArray.astype"] = new[]
            {
                Branch(C.Default, A, a => a.astype(np.int32)),
                Branch("copy=false", A, a => a.astype(np.int32, copy: false)),
                Branch("copy=false", A, a => a.astype(np.int64, copy: false)),
            },
            ["M:NumSharp.NDArray.flatten"] = Run(M, m => m.flatten()),
            ["M:NumSharp.NDArray.take"] = Run(A, a => a.take(np.array(new[] { 0, 2 }))),
            ["M:NumSharp.np.take"] = Run(A, a => np.take(a, np.array(new[] { 0, 2 }))),
            ["M:NumSharp.NDArray.compress"] = Run(A, a => a.compress(np.array(new[] { true, false, true }))),
            ["M:NumSharp.np.compress"] = Run(A, a => np.compress(np.array(new[] { true, false, true }), a)),
            ["M:NumSharp.np.extract"] = Run(A, a => np.extract(a > 25, a)),
            ["M:NumSharp.NDArray.GetIndices"] = Run(A, a => a.GetIndices(null!, new[] { np.array(new[] { 0, 2 }) })),
            ["M:NumSharp.np.where(NumSharp.NDArray,NumSharp.NDArray,NumSharp.NDArray)"] = Run(A, a => np.where(a > 25, a, np.zeros_like(a))),
            ["M:NumSharp.np.roll"] = Run(A, a => np.roll(a, 1)),
            ["M:NumSharp.NDArray.roll"] = Run(A, a => a.roll(1)),
            ["M:NumSharp.NDArray.repeat"] = Run(A, a => a.repeat(2)),
            ["M:NumSharp.NDArray.CloneData"] = Run(A, a => a.CloneData()),
            ["M:NumSharp.NDArray.CloneData``1"] = Run(A, a => a.CloneData<int>()),
            ["M:NumSharp.NDArray.ToArray``1"] = Run(A, a => a.ToArray<int>()),
            ["M:NumSharp.NDArray.item"] = Run(A, a => a.item(0)),
            ["M:NumSharp.NDArray.item``1"] = Run(A, a => a.item<int>(0)),

            ["M:NumSharp.np.zeros"] = Fresh(() => np.zeros(new Shape(2, 3), np.int32)),
            ["M:NumSharp.np.ones"] = Fresh(() => np.ones(new Shape(2, 3), np.int32)),
            ["M:NumSharp.np.empty"] = Fresh(() => np.empty(new Shape(2, 3))),
            ["M:NumSharp.np.full"] = Fresh(() => np.full(new Shape(2, 3), 7, np.int32)),
            ["M:NumSharp.np.arange(System.Int32)"] = Fresh(() => np.arange(5)),
            ["M:NumSharp.np.arange(System.Int64)"] = Fresh(() => np.arange(5L)),
            ["M:NumSharp.np.array``1(``0[])"] = Managed(d => np.array(d)),
            ["M:NumSharp.np.array``1(``0[],System.Boolean)"] = new[]
            {
                new C(C.Default, () => ObserveManaged(new[] { 1, 2, 3 }, d => np.array(d, copy: true))),
                new C("copy=false", () => ObserveManaged(new[] { 1, 2, 3 }, d => np.array(d, copy: false))),
            },
            ["M:NumSharp.np.array``1(``0[,],System.Boolean)"] = new[]
            {
                new C(C.Default, () => ObserveManaged2D(copy: true)),
                new C("copy=false", () => ObserveManaged2D(copy: false)),
            },
            ["M:NumSharp.np.asarray``1(``0[],System.Int32)"] = Managed(d => np.asarray(d)),
            ["M:NumSharp.NDArray.#ctor(System.Array,NumSharp.Shape,System.Char)"] = new[]
            {
                new C(C.Default, () => ObserveManaged2DCtor()),
                new C("values is T[]", () => ObserveManaged(new[] { 1, 2, 3 }, d => new NDArray(d))),
            },
            ["M:NumSharp.np.frombuffer(System.Byte[],*)"] = new[]
            {
                new C(C.Default, () => ObserveBytes()),
            },
        };

        /// <summary>Entries that write: whether the named operand changed.</summary>
        public static readonly Dictionary<string, Func<bool>> Mutations = new Dictionary<string, Func<bool>>(StringComparer.Ordinal)
        {
            ["P:NumSharp.NDArray.Item(System.String)"] = () => Changes(A(), a => a["1:3"] = 7),
            ["P:NumSharp.NDArray.Item(NumSharp.Slice[])"] = () => Changes(M(), m => m[0] = 0),
            ["P:NumSharp.NDArray.Item(System.Object[])"] = () => Changes(A(), a => a[new[] { 0, 2, 4 }] = -1),
            ["P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Int32}[])"] = () => Changes(A(), a => a[np.array(new[] { 0, 2 }).MakeGeneric<int>()] = -1),
            ["P:NumSharp.NDArray.Item(NumSharp.Generic.NDArray{System.Boolean})"] = () => Changes(A(), a => a[a > 25] = 0),
            ["P:NumSharp.NDArray.Item(System.Int64*,System.Int32)"] = () => Changes(M(), m => SetPointerIndex(m)),
            ["P:NumSharp.Generic.NDArray`1.Item(System.String)"] = () => Changes(A(), a => a.MakeGeneric<int>()["1:3"] = np.array(new[] { 7, 8 }).MakeGeneric<int>()),
            ["P:NumSharp.Generic.NDArray`1.Item(NumSharp.Slice[])"] = () => Changes(M(), m => m.MakeGeneric<int>()[0, ":"] = np.array(new[] { 7, 8, 9 }).MakeGeneric<int>()),
            ["P:NumSharp.Generic.NDArray`1.Item(System.Int32[])"] = () => Changes(M(), m => m.MakeGeneric<int>()[new[] { 0, 2 }] = 9),
            ["P:NumSharp.Generic.NDArray`1.Item(System.Int64[])"] = () => Changes(A(), a => a.MakeGeneric<int>()[1] = 5),
            ["P:NumSharp.np.FlatIterator.Item"] = () => Changes(M(), m => m.T.flatiter[new[] { 0, 2 }] = np.array(new[] { -1, -2 })),
            ["M:NumSharp.NDArray.__setitem__"] = () => Changes(A(), a => a.__setitem__("1:3", 0)),
            ["P:NumSharp.NDArray.real"] = () => Changes(A(), a => a.real = np.zeros(5, np.int32)),
            ["P:NumSharp.NDArray.imag"] = () => Changes(A().astype(typeof(System.Numerics.Complex)), c => c.imag = np.ones(5)),
            ["M:NumSharp.NDArray.fill"] = () => Changes(A(), a => a["1:3"].fill(0)),
            ["M:NumSharp.NDArray.SetData"] = () => Changes(M(), m => m.SetData(np.array(new[] { 7, 8, 9 }), new[] { 0 })),
            ["M:NumSharp.NDArray.SetValue"] = () => Changes(A(), a => a.SetValue((object)7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetValue``1"] = () => Changes(A(), a => a.SetValue<int>(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetAtIndex"] = () => Changes(A(), a => a["1:4"].SetAtIndex((object)7, 0)),
            ["M:NumSharp.NDArray.SetAtIndex``1"] = () => Changes(A(), a => a["1:4"].SetAtIndex<int>(7, 0)),
            ["M:NumSharp.NDArray.SetInt32"] = () => Changes(A(), a => a.SetInt32(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetInt64"] = () => Changes(A().astype(np.int64), a => a.SetInt64(7L, new[] { 1 })),
            ["M:NumSharp.NDArray.SetDouble"] = () => Changes(A().astype(np.float64), a => a.SetDouble(7.5, new[] { 1 })),
            ["M:NumSharp.NDArray.SetSingle"] = () => Changes(A().astype(np.float32), a => a.SetSingle(7.5f, new[] { 1 })),
            ["M:NumSharp.NDArray.SetBoolean"] = () => Changes(np.array(new[] { true, false }), b => b.SetBoolean(true, new[] { 1 })),
            ["M:NumSharp.NDArray.SetByte"] = () => Changes(A().astype(np.uint8), a => a.SetByte(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetInt16"] = () => Changes(A().astype(typeof(short)), a => a.SetInt16(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetUInt16"] = () => Changes(A().astype(typeof(ushort)), a => a.SetUInt16(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetUInt32"] = () => Changes(A().astype(typeof(uint)), a => a.SetUInt32(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetUInt64"] = () => Changes(A().astype(typeof(ulong)), a => a.SetUInt64(7, new[] { 1 })),
            ["M:NumSharp.NDArray.SetChar"] = () => Changes(A().astype(typeof(char)), a => a.SetChar('x', new[] { 1 })),
            ["M:NumSharp.NDArray.SetDecimal"] = () => Changes(A().astype(typeof(decimal)), a => a.SetDecimal(7.5m, new[] { 1 })),
            ["M:NumSharp.NDArray.itemset"] = () => Changes(A(), a => a.itemset(new[] { 1 }, (object)7)),
            ["M:NumSharp.NDArray.itemset``1"] = () => Changes(A(), a => a.itemset<int>(new[] { 1 }, 7)),
            ["M:NumSharp.NDArray.put"] = () => Changes(A(), a => a.put(np.array(new[] { 0, 2 }), np.array(new[] { -1, -2 }))),
            ["M:NumSharp.NDArray.sort"] = () => Changes(A(), a => a["::-1"].sort()),
            ["M:NumSharp.NDArray.SetIndices"] = () => Changes(A(), a => a.SetIndices(np.array(new[] { -1, -2 }), new[] { np.array(new[] { 0, 2 }) })),
            ["M:NumSharp.np.copyto"] = () => Changes(A(), a => np.copyto(a["1:3"], np.array(new[] { 7, 8 }))),
            ["M:NumSharp.np.put"] = () => Changes(A(), a => np.put(a, np.array(new[] { 0, 2 }), np.array(new[] { -1, -2 }))),
            ["M:NumSharp.np.place"] = () => Changes(A(), a => np.place(a, a > 25, np.array(new[] { 0 }))),
            ["M:NumSharp.np.fill_diagonal"] = () => Changes(M(), m => np.fill_diagonal(m, 0)),
            ["M:NumSharp.NumPyRandom.shuffle"] = () => Changes(np.arange(100), a => np.random.shuffle(a["10:90"])),
            ["M:NumSharp.np.*"] = () => Changes(A(), a => np.add(a, a, @out: a)),
            ["M:NumSharp.NDArray.*"] = () => Changes(A(), a => A().cumsum(null, null, @out: a)),
        };

        private static C[] Fresh(Func<NDArray> make) =>
            new[] { new C(C.Default, () => ObserveFresh(make)) };

        private static C[] Managed(Func<int[], NDArray> op) =>
            new[] { new C(C.Default, () => ObserveManaged(new[] { 1, 2, 3 }, op)) };

        private static ViewAnalyzers.Semantics.ResultKind ObserveManaged2D(bool copy)
        {
            var data = new int[,] { { 1, 2 }, { 3, 4 } };
            var nd = np.array(data, copy);
            nd.flatiter[0L] = -99;
            return data[0, 0] == -99 ? ViewAnalyzers.Semantics.ResultKind.AliasesManagedArray : ViewAnalyzers.Semantics.ResultKind.Copy;
        }

        private static ViewAnalyzers.Semantics.ResultKind ObserveManaged2DCtor()
        {
            var data = new int[,] { { 1, 2 }, { 3, 4 } };
            var nd = new NDArray(data);
            nd.flatiter[0L] = -99;
            return data[0, 0] == -99 ? ViewAnalyzers.Semantics.ResultKind.AliasesManagedArray : ViewAnalyzers.Semantics.ResultKind.Copy;
        }

        private static ViewAnalyzers.Semantics.ResultKind ObserveBytes()
        {
            var bytes = new byte[] { 1, 0, 0, 0, 2, 0, 0, 0 };
            var nd = np.frombuffer(bytes, typeof(int));
            nd.flatiter[0L] = 7;
            return bytes[0] == 7 ? ViewAnalyzers.Semantics.ResultKind.AliasesManagedArray : ViewAnalyzers.Semantics.ResultKind.Copy;
        }

        private static unsafe NDArray PointerIndex(NDArray m)
        {
            long* dims = stackalloc long[1];
            dims[0] = 1;
            return m[dims, 1];
        }

        private static unsafe void SetPointerIndex(NDArray m)
        {
            long* dims = stackalloc long[1];
            dims[0] = 1;
            m[dims, 1] = np.array(new[] { 0, 0, 0 });
        }
    }
}
