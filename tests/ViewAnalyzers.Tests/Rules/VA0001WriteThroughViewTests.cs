using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0001WriteThroughViewAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0001WriteThroughViewTests
    {
        private const string Usings = "using System;\nusing NumSharp;\n";

        private static DiagnosticResult Expected(string view, string source) =>
            V.Diagnostic("VA0001").WithLocation(0).WithLocation(1).WithArguments(view, source);

        // Evidence 1: after the write, both the view and its source are read.
        [Theory]
        [InlineData("var s = {|#1:arr[\"1:4\"]|};\n{|#0:s[0] = 999|};\nConsole.WriteLine(s);\nConsole.WriteLine(arr);")]
        [InlineData("var row = {|#1:m[0]|};\n{|#0:row.fill(0)|};\nvar total = row.sum() + m.sum();")]
        [InlineData("var v = {|#1:m.T|};\n{|#0:v[0, 0] = 1|};\nif (arr.size > 2) { Console.WriteLine(v); Console.WriteLine(m); }")]
        [InlineData("var v = {|#1:arr[\"1:4\"]|};\nvar w = v[\"0:2\"];\n{|#0:v[1] = 0|};\nConsole.WriteLine(v.ToString() + arr.ToString());")]
        [InlineData("var r = {|#1:arr.reshape(5, 1)|};\nfor (int i = 0; i < 2; i++) { {|#0:r[0, 0] = i|}; Console.WriteLine(r); }\nConsole.WriteLine(arr);")]
        [InlineData("var s = {|#1:arr[\"1:4\"]|};\n{|#0:np.copyto(s, np.zeros(3))|};\nConsole.WriteLine(s);\nConsole.WriteLine(arr);")]
        public async Task Reports_when_both_view_and_source_are_read_afterwards(string body)
        {
            var source = Usings + $$"""
                class C
                {
                    void M()
                    {
                        var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                        var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                {{body}}
                    }
                }
                """;
            var name = body.Substring(4, body.IndexOf(' ', 4) - 4);
            var origin = body.Contains("m[0]") || body.Contains("m.T") ? "m" : "arr";
            await V.Analyzer(source, Expected(name, origin));
        }

        // Evidence 2: a function that looks pure mutates its input.
        [Fact]
        public async Task Reports_a_pure_looking_function_that_writes_into_its_parameter()
        {
            var source = Usings + """
                class C
                {
                    static NDArray Centered(NDArray data)
                    {
                        var inner = {|#1:data["1:-1"]|};
                        {|#0:inner["..."] = inner - inner.mean()|};
                        return inner;
                    }
                }
                """;
            await V.Analyzer(source, Expected("inner", "data"));
        }

        [Fact]
        public async Task Reports_a_lambda_writing_through_a_view_of_a_captured_array_it_returns_from()
        {
            var source = Usings + """
                class C
                {
                    Func<NDArray> M()
                    {
                        var a = np.arange(10);
                        return () =>
                        {
                            var head = {|#1:a["0:3"]|};
                            {|#0:head[0] = -1|};
                            return head * 2;
                        };
                    }
                }
                """;
            await V.Analyzer(source, Expected("head", "a"));
        }

        // Evidence 3: the source is shared data.
        [Fact]
        public async Task Reports_a_write_through_a_view_of_a_static_or_readonly_field()
        {
            var source = Usings + """
                class C
                {
                    static readonly NDArray Weights = np.ones(4);
                    readonly NDArray bias = np.zeros(4);
                    void M()
                    {
                        var w = {|#1:Weights["0:2"]|};
                        {|#0:w[0] = 5|};
                        var b = {|#3:bias["1:"]|};
                        {|#2:b.fill(1)|};
                    }
                }
                """;
            await V.Analyzer(
                source,
                Expected("w", "Weights"),
                V.Diagnostic("VA0001").WithLocation(2).WithLocation(3).WithArguments("b", "bias"));
        }

        // Evidence 4: the local's name says copy.
        [Theory]
        [InlineData("backup")]
        [InlineData("origValues")]
        [InlineData("saved_rows")]
        [InlineData("copyOfA")]
        [InlineData("prev")]
        public async Task Reports_a_view_named_like_a_copy(string name)
        {
            var source = Usings + $$"""
                class C
                {
                    void M()
                    {
                        var prices = np.array(new[] { 10, 20, 30, 40, 50 });
                        var {{name}} = {|#1:prices["0:3"]|};
                        {|#0:{{name}}[0] = 0|};
                        Console.WriteLine(prices);
                    }
                }
                """;
            await V.Analyzer(source, Expected(name, "prices"));
        }

        [Theory]
        [InlineData("var row = m[0];\nrow[\":\"] = 0;\nConsole.WriteLine(m);")]
        [InlineData("var s = arr[\"1:4\"];\ns[0] = 1;\nConsole.WriteLine(s);")]
        [InlineData("arr[\"1:4\"][0] = 5;\nConsole.WriteLine(arr);")]
        [InlineData("arr[\"1:4\"] = 0;\nConsole.WriteLine(arr);")]
        [InlineData("m[0].fill(0);\nConsole.WriteLine(m);")]
        [InlineData("var c = arr[\"1:4\"].copy();\nc[0] = 1;\nConsole.WriteLine(c);\nConsole.WriteLine(arr);")]
        [InlineData("var f = arr[new[] { 0, 2 }];\nf[0] = 1;\nConsole.WriteLine(f);\nConsole.WriteLine(arr);")]
        [InlineData("var bold = arr[\"1:4\"];\nbold[0] = 1;")]
        [InlineData("var s = arr[\"1:4\"];\ns[0] = 1;\ns = np.zeros(3);\nConsole.WriteLine(s);\nConsole.WriteLine(arr);")]
        [InlineData("var s = arr[\"1:4\"];\nConsole.WriteLine(s);\nConsole.WriteLine(arr);")]
        [InlineData("var row = m[0];\nrow[\"...\"] = row - row.mean();\nConsole.WriteLine(row);\nConsole.WriteLine(m);")]
        [InlineData("var s = idx.Length > 1 ? arr[\"1:4\"] : arr.copy();\ns[0] = 1;\nConsole.WriteLine(s);\nConsole.WriteLine(arr);")]
        public async Task Silent_for_explicit_in_place_updates_copies_and_unknowns(string body)
        {
            var source = Usings + $$"""
                class C
                {
                    void M(int[] idx)
                    {
                        var arr = np.array(new[] { 10, 20, 30, 40, 50 });
                        var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                {{body}}
                    }
                }
                """;
            await V.Analyzer(source);
        }

        [Fact]
        public async Task Silent_when_a_helper_updates_its_input_in_place_on_purpose()
        {
            var source = Usings + """
                class C
                {
                    static void ZeroFirstRow(NDArray m)
                    {
                        var row = m[0];
                        row.fill(0);
                    }
                }
                """;
            await V.Analyzer(source);
        }

        [Fact]
        public async Task Strict_mode_reports_every_write_through_a_view_variable()
        {
            var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<ViewAnalyzers.Rules.VA0001WriteThroughViewAnalyzer, DefaultVerifier>
            {
                TestCode = Usings + """
                    class C
                    {
                        static void ZeroFirstRow(NDArray m)
                        {
                            var row = {|#1:m[0]|};
                            {|#0:row.fill(0)|};
                        }
                    }
                    """,
                ReferenceAssemblies = TestCompilation.Net10,
            };
            test.TestState.AdditionalReferences.Add(TestCompilation.NumSharp);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nview_analyzers.VA0001.mode = strict\n"));
            test.ExpectedDiagnostics.Add(Expected("row", "m"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("backup", true)]
        [InlineData("origData", true)]
        [InlineData("saved_rows", true)]
        [InlineData("BeforeScaling", true)]
        [InlineData("bold", false)]
        [InlineData("copyright", false)]
        [InlineData("previous", false)]
        [InlineData("folder", false)]
        public void Copy_words_are_matched_as_whole_words(string name, bool expected)
        {
            Assert.Equal(expected, ViewAnalyzers.Rules.VA0001WriteThroughViewAnalyzer.NameSaysCopy(name));
        }
    }
}

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0001ProvenanceTests
    {
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string view, string source) =>
            V.Diagnostic("VA0001").WithLocation(0).WithLocation(1).WithArguments(view, source);

        [Fact]
        public async Task Reports_a_view_of_a_view_against_the_root()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    void M()
                    {
                        var arr = np.arange(10);
                        var outer = arr["2:8"];
                        var inner = {|#1:outer["1:3"]|};
                        {|#0:inner[0] = -1|};
                        Console.WriteLine(inner);
                        Console.WriteLine(arr);
                    }
                }
                """;
            await V.Analyzer(source, Expected("inner", "arr"));
        }

        [Fact]
        public async Task Reports_a_view_returned_by_a_helper_of_the_project()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    static NDArray Head(NDArray a) => a["0:3"];
                    static NDArray FirstRow(NDArray m) { var row = m[0]; return row; }
                    void M()
                    {
                        var arr = np.arange(10);
                        var m = np.arange(6).reshape(2, 3);
                        var h = {|#1:Head(arr)|};
                        {|#0:h[0] = -1|};
                        var r = {|#3:FirstRow(m)|};
                        {|#2:r.fill(0)|};
                        Console.WriteLine(h + r);
                        Console.WriteLine(arr + m);
                    }
                }
                """;
            await V.Analyzer(source, Expected("h", "arr"), V.Diagnostic("VA0001").WithLocation(2).WithLocation(3).WithArguments("r", "m"));
        }

        [Fact]
        public async Task Reports_a_field_holding_a_view()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    NDArray data = np.arange(10);
                    NDArray window = np.zeros(3);
                    void M()
                    {
                        window = {|#1:data["0:3"]|};
                        {|#0:window[0] = -1|};
                        Console.WriteLine(window);
                        Console.WriteLine(data);
                    }
                }
                """;
            await V.Analyzer(source, Expected("window", "data"));
        }

        [Fact]
        public async Task Forgets_what_a_field_holds_after_a_call_into_user_code()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    NDArray data = np.arange(10);
                    NDArray window = np.zeros(3);
                    void Reset() { window = np.zeros(3); }
                    void M()
                    {
                        window = data["0:3"];
                        Reset();
                        window[0] = -1;
                        Console.WriteLine(window);
                        Console.WriteLine(data);
                    }
                }
                """;
            await V.Analyzer(source);
        }

        [Fact]
        public async Task Follows_views_through_using_blocks_and_switch()
        {
            var source = """
                using System;
                using System.IO;
                using NumSharp;
                class C
                {
                    void M(int k)
                    {
                        var arr = np.arange(10);
                        using (var writer = new StringWriter())
                        {
                            var saved = {|#1:arr["0:3"]|};
                            switch (k)
                            {
                                case 1:
                                    {|#0:saved[0] = -1|};
                                    break;
                            }
                            writer.Write(arr);
                        }
                    }
                }
                """;
            await V.Analyzer(source, Expected("saved", "arr"));
        }
    }
}
