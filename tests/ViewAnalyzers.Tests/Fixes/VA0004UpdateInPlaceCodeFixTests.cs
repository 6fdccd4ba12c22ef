using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0004CompoundAssignmentRebindsViewAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0004UpdateInPlaceCodeFixTests
    {
        private static string Class(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                NDArray M(NDArray arr, NDArray m, int k)
                {
            {{body}}
                    return arr;
                }
            }
            """;

        [Theory]
        [InlineData("var v = arr[\"1:3\"];\n[|v += 1|];", "var v = arr[\"1:3\"];\nv[\"...\"] += 1;")]
        [InlineData("var v = arr[\"1:3\"];\n[|v *= k + 1|];", "var v = arr[\"1:3\"];\nv[\"...\"] *= k + 1;")]
        [InlineData("var v = arr[\"1:3\"];\n[|v -= v.mean()|]; // center", "var v = arr[\"1:3\"];\nv[\"...\"] -= v.mean(); // center")]
        public async Task Rewrites_to_an_in_place_update(string before, string after)
        {
            await V.Fix<VA0004UpdateInPlaceCodeFix>(Class(before), Class(after));
        }

        [Fact]
        public async Task Fix_all_rewrites_every_rebinding()
        {
            await V.Fix<VA0004UpdateInPlaceCodeFix>(
                Class("""
                        var a = arr["0:2"];
                        var b = arr["2:"];
                        [|a += 1|]; [|b /= 2|];
                """),
                Class("""
                        var a = arr["0:2"];
                        var b = arr["2:"];
                        a["..."] += 1; b["..."] /= 2;
                """));
        }

        [Fact]
        public async Task After_the_fix_the_source_is_updated()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                        var v = arr["1:3"];
                        v += 1;
                        Console.WriteLine(arr);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0004CompoundAssignmentRebindsViewAnalyzer, VA0004UpdateInPlaceCodeFix>(program));

            Assert.Equal("[10 20 30 40 50]\n", before);
            Assert.Equal("[10 21 31 40 50]\n", after);
        }
    }
}
