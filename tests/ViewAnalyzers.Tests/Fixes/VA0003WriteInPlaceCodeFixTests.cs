using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0003WriteIntoTemporaryCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0003WriteInPlaceCodeFixTests
    {
        private static string Class(string body) => $$"""
            using NumSharp;
            class C
            {
                void M(NDArray arr, int[] idx, NDArray b)
                {
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("[|arr[idx][\"...\"] = 0|];", "arr[idx] = 0;")]
        [InlineData("[|arr[idx][\":\"] = b|];", "arr[idx] = b;")]
        [InlineData("[|arr[arr > 25].fill(0)|];", "arr[arr > 25] = 0;")]
        [InlineData("[|np.copyto(arr[idx], b)|];", "arr[idx] = b;")]
        public async Task Whole_copy_writes_become_one_in_place_write(string before, string after)
        {
            await V.Fix<VA0003WriteInPlaceCodeFix>(Class(before), Class(after));
        }

        [Theory]
        [InlineData("[|arr[arr > 25][0] = 5|];")]
        [InlineData("[|arr[idx].sort()|];")]
        [InlineData("[|np.add(b, 1, @out: arr[idx])|];")]
        [InlineData("[|arr.copy()[\"...\"] = 0|];")]
        public async Task Other_forms_are_reported_without_a_fix(string body)
        {
            await V.Fix<VA0003WriteInPlaceCodeFix>(Class(body), Class(body));
        }

        [Fact]
        public async Task Fix_all_rewrites_every_whole_copy_write()
        {
            await V.Fix<VA0003WriteInPlaceCodeFix>(
                Class("""
                        [|arr[idx]["..."] = 0|];
                        for (int i = 0; i < 2; i++) { [|arr[arr > i].fill(i)|]; }
                        [|np.copyto(arr[new[] { 0 }], b)|];
                """),
                Class("""
                        arr[idx] = 0;
                        for (int i = 0; i < 2; i++) { arr[arr > i] = i; }
                        arr[new[] { 0 }] = b;
                """));
        }

        [Fact]
        public async Task After_the_fix_the_source_holds_the_written_values()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                        arr[new[] { 0, 2 }]["..."] = 0;
                        arr[arr > 35].fill(-1);
                        Console.WriteLine(arr);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0003WriteIntoTemporaryCopyAnalyzer, VA0003WriteInPlaceCodeFix>(program));

            Assert.Equal("[10 20 30 40 50]\n", before);
            Assert.Equal("[ 0 20  0 -1 -1]\n", after);
        }
    }
}
