using System;
using System.Collections.Generic;
using NumSharp;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// The compile-time layout model must agree with NumSharp 0.70.0 at run time: for each case the model's
    /// view-or-copy prediction is compared with what a write through the real result does to the source.
    /// </summary>
    public class StridedModelExecutionTests
    {
        private static readonly Strided M23 = Strided.Contiguous(new long[] { 2, 3 })!;
        private static readonly Strided M24 = Strided.Contiguous(new long[] { 2, 4 })!;
        private static readonly Strided A10 = Strided.Contiguous(new long[] { 10 })!;

        public static IEnumerable<object[]> Cases() => new[]
        {
            Case("m.ravel()", () => M23.IsCContiguous, () => Np23(), m => m.ravel()),
            Case("m.T.ravel()", () => M23.Transposed().IsCContiguous, () => Np23(), m => m.T.ravel()),
            Case("m.T.flat", () => M23.Transposed().IsCContiguous, () => Np23(), m => m.T.flat),
            Case("m[':, 1'].ravel()", () => M23.Slice(":, 1")!.IsCContiguous, () => Np23(), m => m[":, 1"].ravel()),
            Case("m[0].ravel()", () => M23.Slice("0")!.IsCContiguous, () => Np23(), m => m[0].ravel()),
            Case("m['1:, :'].ravel()", () => M23.Slice("1:, :")!.IsCContiguous, () => Np23(), m => m["1:, :"].ravel()),
            Case("a['::2'].ravel()", () => A10.Slice("::2")!.IsCContiguous, () => np.arange(10), a => a["::2"].ravel()),
            Case("a['2:5'].ravel()", () => A10.Slice("2:5")!.IsCContiguous, () => np.arange(10), a => a["2:5"].ravel()),
            Case("a['::-1'].ravel()", () => A10.Slice("::-1")!.IsCContiguous, () => np.arange(10), a => a["::-1"].ravel()),
            Case("m.T.reshape(6)", () => Reshapes(M23.Transposed(), 6), () => Np23(), m => m.T.reshape(6)),
            Case("m.T.reshape(3, 2)", () => Reshapes(M23.Transposed(), 3, 2), () => Np23(), m => m.T.reshape(3, 2)),
            Case("m[':, ::2'].reshape(4) of 2x3", () => Reshapes(M23.Slice(":, ::2")!, 4), () => Np23(), m => m[":, ::2"].reshape(4)),
            Case("m[':, ::2'].reshape(4) of 2x4", () => Reshapes(M24.Slice(":, ::2")!, 4), () => np.arange(8).reshape(2, 4), m => m[":, ::2"].reshape(4)),
            Case("m[':, 1'].reshape(2)", () => Reshapes(M23.Slice(":, 1")!, 2), () => Np23(), m => m[":, 1"].reshape(2)),
            Case("m.reshape(3, -1)", () => Reshapes(M23, 3, -1), () => Np23(), m => m.reshape(3, -1)),
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Model_predicts_what_NumSharp_does(string name, Func<bool> predictsView, Func<NDArray> make, Func<NDArray, NDArray> op)
        {
            var source = make();
            var before = source.ToString();
            var result = op(source);
            result.flatiter[0L] = Convert.ChangeType(-99, result.dtype);
            bool isView = source.ToString() != before;

            Assert.True(predictsView() == isView, $"{name}: model says {(predictsView() ? "view" : "copy")}, NumSharp gives a {(isView ? "view" : "copy")}");
        }

        [Fact]
        public void Slices_have_NumPy_shapes()
        {
            Assert.Equal(new long[] { 2, 2 }, M23.Slice(":, ::2")!.Shape);
            Assert.Equal(new long[] { 2 }, M23.Slice(":, 1")!.Shape);
            Assert.Equal(new long[] { 3 }, M23.Slice("1")!.Shape);
            Assert.Equal(new long[] { 5 }, A10.Slice("::2")!.Shape);
            Assert.Equal(new long[] { 10 }, A10.Slice("::-1")!.Shape);
            Assert.Equal(new long[] { 3 }, A10.Slice("-3:")!.Shape);
            Assert.Equal(new long[] { 2, 3 }, M23.Slice("...")!.Shape);
            Assert.Null(M23.Slice("5"));
        }

        private static object[] Case(string name, Func<bool> predictsView, Func<NDArray> make, Func<NDArray, NDArray> op) =>
            new object[] { name, predictsView, make, op };

        private static bool Reshapes(Strided source, params long[] shape) => source.ReshapedView(shape, out _) is not null;

        private static NDArray Np23() => np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
    }
}
