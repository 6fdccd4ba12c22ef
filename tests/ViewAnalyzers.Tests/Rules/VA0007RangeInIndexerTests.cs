using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0007RangeInIndexerAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0007RangeInIndexerTests
    {
        private const string Header = "using NumSharp;\nusing NumSharp.Generic;\n";

        [Theory]
        [InlineData("var x = a[{|#0:1..4|}];", "1..4", "range", "1:4")]
        [InlineData("var x = a[{|#0:^1|}];", "^1", "index", "-1")]
        [InlineData("var x = a[{|#0:..|}];", "..", "range", ":")]
        [InlineData("var x = a[{|#0:^2..|}];", "^2..", "range", "-2:")]
        [InlineData("var x = a[{|#0:..^1|}];", "..^1", "range", ":-1")]
        [InlineData("var x = m[{|#0:1..|}, 0];", "1..", "range", "1:")]
        [InlineData("var x = a[{|#0:i..j|}];", "i..j", "range", "{i}:{j}")]
        [InlineData("var x = a[{|#0:^i|}];", "^i", "index", "start:stop")]
        [InlineData("a[{|#0:1..3|}] = 0;", "1..3", "range", "1:3")]
        [InlineData("var x = g[{|#0:1..3|}];", "1..3", "range", "1:3")]
        public async Task Reports_ranges_and_indices(string statement, string text, string kind, string suggestion)
        {
            var source = Header + $$"""
                class C
                {
                    void M(NDArray a, NDArray m, NDArray<int> g, int i, int j)
                    {
                        {{statement}}
                    }
                }
                """;

            await V.Analyzer(source, V.Diagnostic("VA0007").WithLocation(0).WithArguments(text, kind, suggestion));
        }

        [Fact]
        public async Task Reports_each_range_of_a_multi_axis_index()
        {
            var source = Header + """
                class C
                {
                    NDArray M(NDArray m) => m[{|#0:1..|}, {|#1:..2|}];
                }
                """;

            await V.Analyzer(
                source,
                V.Diagnostic("VA0007").WithLocation(0).WithArguments("1..", "range", "1:"),
                V.Diagnostic("VA0007").WithLocation(1).WithArguments("..2", "range", ":2"));
        }

        [Fact]
        public async Task Ignores_slices_integers_fancy_and_masks_and_other_types()
        {
            var source = Header + """
                using System;
                using System.Collections.Generic;
                class Table { public object this[params object[] keys] => keys; }
                class C
                {
                    void M(NDArray a, NDArray m, int[] plain, List<int> list, Table table)
                    {
                        var s = a["1:4"];
                        var e = a[1];
                        var r = m[1, ":"];
                        var f = a[new[] { 0, 2 }];
                        var b = a[a > 25];
                        var p = plain[1..3];
                        var span = plain.AsSpan()[1..];
                        var t = table[1..2];
                        var l = list[1..2];
                    }
                }
                """;

            await V.Analyzer(source);
        }

        [Fact]
        public async Task Silent_without_NumSharp()
        {
            var source = """
                namespace NumSharp { public class NDArray { public NDArray this[params object[] i] => this; } }
                class C { object M(NumSharp.NDArray a) => a[1..4]; }
                """;

            await V.Analyzer(source, withNumSharp: false);
        }

        [Fact]
        public async Task Silent_on_code_that_does_not_bind()
        {
            var source = Header + """
                class C
                {
                    void M(NDArray a)
                    {
                        var x = a[{|CS0103:missing|}..4];
                        var y = {|CS0103:unknown|}[1..4];
                    }
                }
                """;

            await V.Analyzer(source);
        }

        [Theory]
        [InlineData("a[1..4]", "a[\"1:4\"]")]
        [InlineData("a[^1]", "a[\"-1\"]")]
        [InlineData("a[..]", "a[\":\"]")]
        [InlineData("a[^2..]", "a[\"-2:\"]")]
        [InlineData("a[..^0]", "a[\":\"]")]
        [InlineData("a[1..^1]", "a[\"1:-1\"]")]
        [InlineData("m[1.., 0]", "m[\"1:, 0\"]")]
        [InlineData("m[0, 1..]", "m[\"0, 1:\"]")]
        [InlineData("m[\"...\", ..2]", "m[\"..., :2\"]")]
        [InlineData("a[i..j]", "a[$\"{i}:{j}\"]")]
        [InlineData("a[(i + 1)..]", "a[$\"{(i + 1)}:\"]")]
        [InlineData("m[i.., j]", "m[$\"{i}:, {j}\"]")]
        public async Task Fix_spells_the_slice_string(string before, string after)
        {
            string Source(string expression, bool marked) => Header + $$"""
                class C
                {
                    NDArray M(NDArray a, NDArray m, int i, int j) => {{(marked ? Mark(expression) : expression)}};
                }
                """;

            await V.Fix<VA0007UseSliceStringCodeFix>(Source(before, marked: true), Source(after, marked: false));
        }

        [Fact]
        public async Task Fix_all_rewrites_nested_adjacent_and_multi_range_indexers()
        {
            var source = Header + """
                class C
                {
                    void M(NDArray a, NDArray m)
                    {
                        var x = a[[|1..|]][[|..2|]];
                        var y = m[[|1..|], [|..2|]];
                        a[[|^1|]] = a[[|^2|]];
                        for (int k = 0; k < 3; k++) { var z = a[[|k..|]]; }
                    }
                }
                """;
            var fixedSource = Header + """
                class C
                {
                    void M(NDArray a, NDArray m)
                    {
                        var x = a["1:"][":2"];
                        var y = m["1:, :2"];
                        a["-1"] = a["-2"];
                        for (int k = 0; k < 3; k++) { var z = a[$"{k}:"]; }
                    }
                }
                """;

            await V.Fix<VA0007UseSliceStringCodeFix>(source, fixedSource);
        }

        [Fact]
        public async Task No_fix_for_a_variable_counted_from_the_end()
        {
            // ^k with k == 0 means "the end", which no slice string spells; the rule reports without a fix.
            var source = Header + """
                class C
                {
                    NDArray M(NDArray a, int k) => a[[|^k|]];
                }
                """;

            await V.Fix<VA0007UseSliceStringCodeFix>(source, source);
        }

        [Fact]
        public async Task Fixed_forms_select_what_NumPy_selects()
        {
            const string program = Header + """
                using System;
                public static class Program
                {
                    static void Show(string label, Func<NDArray> select)
                    {
                        try { Console.WriteLine(label + " " + select().ToString().Replace("\n", " ")); }
                        catch (Exception e) { Console.WriteLine(label + " " + e.GetType().Name); }
                    }

                    public static void Main()
                    {
                        var a = np.array(new[] { 10, 20, 30, 40, 50 });
                        var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                        int i = 1, j = 3;
                        Show("a[1:4]", () => a[1..4]);
                        Show("a[-1]", () => a[^1]);
                        Show("a[:]", () => a[..]);
                        Show("a[-2:]", () => a[^2..]);
                        Show("a[1:-1]", () => a[1..^1]);
                        Show("a[i:j]", () => a[i..j]);
                        Show("m[1:, 0]", () => m[1.., 0]);
                        Show("m[:, 1:]", () => m[.., 1..]);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0007RangeInIndexerAnalyzer, VA0007UseSliceStringCodeFix>(program));

            Assert.Equal(
                """
                a[1:4] IndexError
                a[-1] IndexError
                a[:] IndexError
                a[-2:] IndexError
                a[1:-1] IndexError
                a[i:j] IndexError
                m[1:, 0] IndexError
                m[:, 1:] IndexError

                """.Replace("\r\n", "\n"),
                before);
            Assert.Equal(
                """
                a[1:4] [20 30 40]
                a[-1] 50
                a[:] [10 20 30 40 50]
                a[-2:] [40 50]
                a[1:-1] [20 30 40]
                a[i:j] [20 30]
                m[1:, 0] [4]
                m[:, 1:] [[2 3]  [5 6]]

                """.Replace("\r\n", "\n"),
                after);
        }

        private static string Mark(string expression)
        {
            // Marks every range or hat index inside the brackets: "a[1..4]" -> "a[[|1..4|]]".
            int open = expression.IndexOf('[');
            var inner = expression.Substring(open + 1, expression.Length - open - 2);
            var parts = inner.Split(", ");
            for (int k = 0; k < parts.Length; k++)
            {
                if (!parts[k].StartsWith('"') && (parts[k].Contains("..") || parts[k].StartsWith('^')))
                {
                    parts[k] = "[|" + parts[k] + "|]";
                }
            }

            return expression.Substring(0, open + 1) + string.Join(", ", parts) + "]";
        }
    }
}
