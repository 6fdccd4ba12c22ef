using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0006WriteIntoReadOnlyViewAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0006MakeWritableCopyCodeFixTests
    {
        [Fact]
        public async Task Copies_a_read_only_view_held_in_a_variable()
        {
            var source = """
                using NumSharp;
                class C
                {
                    NDArray M(NDArray m, NDArray a)
                    {
                        var d = m.diagonal();
                        [|d[0] = 9|];
                        var wide = np.broadcast_to(a, new Shape(2, 5));
                        [|wide.fill(0)|];
                        return d + wide.sum();
                    }
                }
                """;
            var fixedSource = """
                using NumSharp;
                class C
                {
                    NDArray M(NDArray m, NDArray a)
                    {
                        var d = m.diagonal().copy();
                        d[0] = 9;
                        var wide = np.broadcast_to(a, new Shape(2, 5)).copy();
                        wide.fill(0);
                        return d + wide.sum();
                    }
                }
                """;
            await V.Fix<VA0006MakeWritableCopyCodeFix>(source, fixedSource);
        }

        [Fact]
        public async Task No_fix_for_a_write_straight_into_the_view_expression()
        {
            var source = """
                using NumSharp;
                class C
                {
                    void M(NDArray m) { [|m.diagonal()[0] = 9|]; }
                }
                """;
            await V.Fix<VA0006MakeWritableCopyCodeFix>(source, source);
        }

        [Fact]
        public async Task After_the_fix_the_write_no_longer_throws()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                        var d = m.diagonal();
                        d[0] = 9;
                        Console.WriteLine(d);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0006WriteIntoReadOnlyViewAnalyzer, VA0006MakeWritableCopyCodeFix>(program));

            Assert.Equal("[threw NumSharpException: assignment destination is read-only]\n", before);
            Assert.Equal("[9 5]\n", after);
        }
    }
}
