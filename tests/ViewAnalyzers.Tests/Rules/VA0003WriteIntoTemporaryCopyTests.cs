using System.Threading.Tasks;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0003WriteIntoTemporaryCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0003WriteIntoTemporaryCopyTests
    {
        private static string Method(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                static void Zero(NDArray x) { x["..."] = 0; }
                void M(NDArray arr, NDArray m, int[] idx, NDArray b)
                {
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("{|#0:{|#1:arr[arr > 25]|}[0] = 5|};", "arr[arr > 25]", "a boolean mask", "arr")]
        [InlineData("{|#0:{|#1:arr[idx]|}[\"...\"] = 0|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:{|#1:arr[idx]|}.fill(0)|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:{|#1:arr[new[] { 4, 3, 2 }]|}.sort()|};", "arr[new[] { 4, 3, 2 }]", "fancy indexing", "arr")]
        [InlineData("{|#0:np.copyto({|#1:arr[idx]|}, b)|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:np.add(b, 1, @out: {|#1:arr[idx]|})|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:Zero({|#1:arr[idx]|})|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:{|#1:m[new[] { 0 }]|}[0] = 0|};", "m[new[] { 0 }]", "fancy indexing", "m")]
        [InlineData("{|#0:{|#1:arr[idx]|}[\"1:\"][0] = 0|};", "arr[idx]", "fancy indexing", "arr")]
        [InlineData("{|#0:{|#1:arr.copy()|}[0] = 0|};", "arr.copy()", "copy()", "arr")]
        [InlineData("{|#0:{|#1:arr[idx]|}[0] += 1|};", "arr[idx]", "fancy indexing", "arr")]
        public async Task Reports_a_write_into_a_temporary_copy(string body, string copy, string how, string source)
        {
            await V.Analyzer(Method(body), V.Diagnostic("VA0003").WithLocation(0).WithLocation(1).WithArguments(copy, how, source));
        }

        [Theory]
        [InlineData("arr[idx] = 0;")]
        [InlineData("arr[idx] += 1;")]
        [InlineData("arr[arr > 25] *= 2;")]
        [InlineData("arr[\"1:4\"][0] = 5;")]
        [InlineData("arr[\"1:4\"][new[] { 0 }] = 0;")]
        [InlineData("m[0].fill(0);")]
        [InlineData("np.copyto(arr[\"1:3\"], b);")]
        [InlineData("Zero(arr[\"1:3\"]);")]
        [InlineData("var f = arr[idx]; f[0] = 1; arr[idx] = f;")]
        [InlineData("Console.WriteLine(arr[idx].sum());")]
        public async Task Silent_for_in_place_writes_and_reads(string body)
        {
            await V.Analyzer(Method(body));
        }
    }
}
