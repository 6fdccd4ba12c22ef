using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0002LostWriteIntoCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0002WriteBackCodeFixTests
    {
        private static string Class(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(NDArray arr, int[] idx)
                {
            {{body}}
                }
            }
            """;

        [Fact]
        public async Task Whole_copy_write_right_after_the_selection_becomes_one_in_place_write()
        {
            await V.Fix<VA0002WriteBackCodeFix>(
                Class("""
                        var selected = arr[idx];
                        [|selected["..."] = 0|];
                """),
                Class("""
                        arr[idx] = 0;
                """));
        }

        [Fact]
        public async Task Fill_right_after_the_selection_becomes_one_in_place_write()
        {
            await V.Fix<VA0002WriteBackCodeFix>(
                Class("""
                        var big = arr[arr > 25];
                        [|big.fill(0)|];
                """),
                Class("""
                        var mask = arr > 25;
                        arr[mask] = 0;
                """));
        }

        [Fact]
        public async Task Other_writes_are_written_back_after_the_last_one()
        {
            await V.Fix<VA0002WriteBackCodeFix>(
                Class("""
                        var f = arr[idx];
                        f[0] = 1;
                        [|f[1] += 2|];
                        Console.WriteLine("done");
                """),
                Class("""
                        var f = arr[idx];
                        f[0] = 1;
                        f[1] += 2;
                        arr[idx] = f;
                        Console.WriteLine("done");
                """));
        }

        [Fact]
        public async Task Index_expressions_that_are_not_stable_move_into_a_local_with_a_free_name()
        {
            await V.Fix<VA0002WriteBackCodeFix>(
                Class("""
                        var index = 3;
                        var f = arr[new[] { 0, 2 }];
                        [|f[0] = index|];
                """),
                Class("""
                        var index = 3;
                        var index2 = new[] { 0, 2 };
                        var f = arr[index2];
                        f[0] = index;
                        arr[index2] = f;
                """));
        }

        [Fact]
        public async Task Fix_all_writes_back_every_lost_copy_including_in_loops_and_branches()
        {
            await V.Fix<VA0002WriteBackCodeFix>(
                Class("""
                        var a = arr[idx];
                        [|a[0] = 1|];
                        for (int i = 0; i < 3; i++)
                        {
                            var b = arr[arr > i];
                            [|b[0] = i|];
                        }
                        var c = arr[idx];
                        if (idx.Length > 2) { [|c[0] = 1|]; } else { [|c[1] = 2|]; }
                """),
                Class("""
                        var a = arr[idx];
                        a[0] = 1;
                        arr[idx] = a;
                        for (int i = 0; i < 3; i++)
                        {
                            var mask = arr > i;
                            var b = arr[mask];
                            b[0] = i;
                            arr[mask] = b;
                        }
                        var c = arr[idx];
                        if (idx.Length > 2) { c[0] = 1; arr[idx] = c; } else { c[1] = 2; arr[idx] = c; }
                """));
        }

        [Fact]
        public async Task Works_in_top_level_statements()
        {
            var source = """
                using NumSharp;

                var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                var picked = arr[new[] { 0, 2 }];
                [|picked["..."] = 0|];
                var f = arr[arr > 35];
                [|f[0] = -1|];
                System.Console.WriteLine(arr);
                """;
            var fixedSource = """
                using NumSharp;

                var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                var index = new[] { 0, 2 };
                arr[index] = 0;
                var mask = arr > 35;
                var f = arr[mask];
                f[0] = -1;
                arr[mask] = f;
                System.Console.WriteLine(arr);
                """;
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<VA0002LostWriteIntoCopyAnalyzer, VA0002WriteBackCodeFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestCompilation.Net10,
            };
            test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            test.TestState.AdditionalReferences.Add(TestCompilation.NumSharp);
            test.FixedState.AdditionalReferences.Add(TestCompilation.NumSharp);
            await test.RunAsync();
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
                        var selected = arr[new[] { 0, 2 }];
                        selected["..."] = 0;
                        var big = arr[arr > 35];
                        big[0] = -1;
                        Console.WriteLine(arr);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0002LostWriteIntoCopyAnalyzer, VA0002WriteBackCodeFix>(program));

            Assert.Equal("[10 20 30 40 50]\n", before);
            Assert.Equal("[ 0 20  0 -1 50]\n", after);
        }
    }
}
