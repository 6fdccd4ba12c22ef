using System.Linq;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    public class FlowTests
    {
        private static string Source(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(NDArray arr, NDArray m, int[] idx)
                {
            {{body}}
                }
            }
            """;

        [Fact]
        public void Fancy_index_local_holds_a_selection_copy_of_its_source()
        {
            var flow = FlowHarness.Build(Source("var f = arr[new[] { 0, 2 }];\nf[0] = 5;"));
            var write = Assert.Single(flow.Writes);
            Assert.True(write.Chain.IsDirect, FlowHarness.Describe(flow));
            Assert.Equal("f", write.Chain.Holder!.Name);
            Assert.Equal(ValueKind.Copy, write.HolderValue.Kind);
            Assert.True(write.HolderValue.IsSelection);
            Assert.Equal("arr", write.HolderValue.Root!.Name);
            Assert.False(flow.IsReadAfter(write.Chain.Holder, write.Point));
        }
    }
}
