using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0005WriteThroughLayoutCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0005WriteIntoSourceCodeFixTests
    {
        private static string Class(string body) => $$"""
            using NumSharp;
            class C
            {
                void M(int k)
                {
                    var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("[|m.T.ravel()[0] = 99|];", "m.T.flatiter[0] = 99;")]
        [InlineData("[|np.ravel(m.T)[k] = 99|];", "m.T.flatiter[k] = 99;")]
        [InlineData("[|m.T.flat[1] = 7|];", "m.T.flatiter[1] = 7;")]
        [InlineData("[|m.T.ravel().fill(0)|];", "m.T[\"...\"] = 0;")]
        public async Task Writes_into_the_source_where_the_inverse_is_exact(string before, string after)
        {
            await V.Fix<VA0005WriteIntoSourceCodeFix>(Class(before), Class(after));
        }

        [Theory]
        [InlineData("[|m.T.reshape(6)[0] = 7|];")]
        [InlineData("[|m.T.ravel()[\"1:\"] = 7|];")]
        public async Task Other_forms_are_reported_without_a_fix(string body)
        {
            await V.Fix<VA0005WriteIntoSourceCodeFix>(Class(body), Class(body));
        }

        [Fact]
        public async Task After_the_fix_the_source_holds_the_values_in_ravel_order()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                        m.T.ravel()[1] = 99;
                        Console.WriteLine(m.ToString().Replace("\n", " "));
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0005WriteThroughLayoutCopyAnalyzer, VA0005WriteIntoSourceCodeFix>(program));

            Assert.Equal("[[1 2 3]  [4 5 6]]\n", before);
            Assert.Equal("[[ 1  2  3]  [99  5  6]]\n", after);
        }
    }
}
