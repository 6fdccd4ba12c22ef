using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0001WriteThroughViewAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0001MakeIndependentCopyCodeFixTests
    {
        [Fact]
        public async Task Appends_copy_where_the_view_is_created()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    void M()
                    {
                        var prices = np.array(new[] { 10, 20, 30, 40, 50 });
                        var backup = prices["0:3"]; // keep the first three
                        [|backup[0] = 0|];
                        Console.WriteLine(prices);
                    }
                }
                """;
            var fixedSource = """
                using System;
                using NumSharp;
                class C
                {
                    void M()
                    {
                        var prices = np.array(new[] { 10, 20, 30, 40, 50 });
                        var backup = prices["0:3"].copy(); // keep the first three
                        backup[0] = 0;
                        Console.WriteLine(prices);
                    }
                }
                """;
            await V.Fix<VA0001MakeIndependentCopyCodeFix>(source, fixedSource);
        }

        [Fact]
        public async Task One_fix_covers_every_write_through_the_view_and_fix_all_covers_every_view()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    static readonly NDArray Shared = np.arange(10);
                    void M(int n)
                    {
                        var a = Shared["0:5"];
                        [|a[0] = 1|];
                        [|a[1] = 2|];
                        for (int i = 0; i < n; i++)
                        {
                            var b = Shared[$"{i}:{i + 1}"];
                            [|b.fill(i)|];
                        }
                        var t = Shared["0:4"].T;
                        [|t[0, 0] = 9|];
                    }
                }
                """;
            var fixedSource = """
                using System;
                using NumSharp;
                class C
                {
                    static readonly NDArray Shared = np.arange(10);
                    void M(int n)
                    {
                        var a = Shared["0:5"].copy();
                        a[0] = 1;
                        a[1] = 2;
                        for (int i = 0; i < n; i++)
                        {
                            using var b = Shared[$"{i}:{i + 1}"].copy();
                            b.fill(i);
                        }
                        var t = Shared["0:4"].T.copy();
                        t[0, 0] = 9;
                    }
                }
                """;
            await V.Fix<VA0001MakeIndependentCopyCodeFix>(source, fixedSource);
        }

        [Fact]
        public async Task No_fix_inside_a_loop_when_the_copy_would_escape_undisposed()
        {
            // In a loop, NumSharp's own analyzer (NDW012) wants each new copy disposed; a copy that escapes
            // (here into a list) cannot be disposed safely, so no fix is offered rather than a new warning.
            var source = """
                using System;
                using System.Collections.Generic;
                using NumSharp;
                class C
                {
                    static readonly NDArray Shared = np.arange(10);
                    void M(List<NDArray> keep)
                    {
                        for (int i = 0; i < 3; i++)
                        {
                            var b = Shared[$"{i}:{i + 1}"];
                            [|b.fill(i)|];
                            keep.Add(b);
                        }
                    }
                }
                """;
            await V.Fix<VA0001MakeIndependentCopyCodeFix>(source, source);
        }

        [Fact]
        public async Task After_the_fix_the_source_no_longer_changes()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var prices = np.array(new[] { 10, 20, 30, 40, 50 });
                        var backup = prices["0:3"];
                        backup[0] = 0;
                        Console.WriteLine(backup);
                        Console.WriteLine(prices);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0001WriteThroughViewAnalyzer, VA0001MakeIndependentCopyCodeFix>(program));

            Assert.Equal("[ 0 20 30]\n[ 0 20 30 40 50]\n", before);
            Assert.Equal("[ 0 20 30]\n[10 20 30 40 50]\n", after);
        }
    }
}
