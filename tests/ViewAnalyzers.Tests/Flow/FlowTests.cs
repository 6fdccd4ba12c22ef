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

        [Fact]
        public void Many_locals_across_loops_keep_their_values()
        {
            // Hundreds of array locals (several levels of the state map) and a loop around every write.
            var body = new System.Text.StringBuilder();
            for (int i = 0; i < 300; i++)
            {
                body.Append(i % 2 == 0 ? $"var v{i} = arr[\"1:3\"];\n" : $"var v{i} = arr[new[] {{ 0, {i % 5} }}];\n");
                body.Append($"for (int k{i} = 0; k{i} < 2; k{i}++) {{ v{i}[0] = k{i}; }}\n");
            }

            var flow = FlowHarness.Build(Source(body.ToString()));
            Assert.Equal(300, flow.Writes.Count);
            foreach (var write in flow.Writes)
            {
                int i = int.Parse(write.Chain.Holder!.Name.Substring(1), System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(i % 2 == 0 ? ValueKind.View : ValueKind.Copy, write.HolderValue.Kind);
                Assert.Equal("arr", write.HolderValue.Root!.Name);
            }
        }
    }
}
