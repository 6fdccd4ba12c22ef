using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ViewAnalyzers.Rules;
using Xunit;

namespace ViewAnalyzers.Tests.Rules
{
    /// <summary>An in-house array type described in ViewAnalyzers.Semantics.txt gets the same rules as NumSharp.</summary>
    public class UserSemanticsTests
    {
        private const string Grid = """
            namespace Contoso.Tensors
            {
                public sealed class Grid
                {
                    public Grid Row(int i) => this;
                    public Grid Select(int[] indices) => new Grid();
                    public Grid Diagonal() => this;
                    public void Fill(double value) { }
                    public double this[int i] { get => 0; set { } }
                }
            }
            """;

        private const string Semantics = """
            # Contoso's grid
            array       T:Contoso.Tensors.Grid
            copy-method T:Contoso.Tensors.Grid Clone
            view        M:Contoso.Tensors.Grid.Row(System.Int32)
            copy        M:Contoso.Tensors.Grid.Select selection
            readonly    M:Contoso.Tensors.Grid.Diagonal
            mutates this M:Contoso.Tensors.Grid.Fill
            mutates this P:Contoso.Tensors.Grid.Item(System.Int32)
            """;

        [Fact]
        public async Task Rules_apply_to_a_declared_array_type_without_NumSharp()
        {
            var source = Grid + """

                class C
                {
                    void M(Contoso.Tensors.Grid g)
                    {
                        var picked = {|#1:g.Select(new[] { 0, 2 })|};
                        {|#0:picked.Fill(0)|};
                        var backup = {|#3:g.Row(0)|};
                        {|#2:backup[1] = 5|};
                        System.Console.WriteLine(g);
                        {|#4:{|#5:g.Diagonal()|}.Fill(1)|};
                    }
                }
                """;

            await Run<VA0002LostWriteIntoCopyAnalyzer>(source, Semantics, Verify<VA0002LostWriteIntoCopyAnalyzer>.Diagnostic("VA0002").WithLocation(0).WithLocation(1).WithArguments("picked", "g", "Select()"));
            await Run<VA0001WriteThroughViewAnalyzer>(source, Semantics, Verify<VA0001WriteThroughViewAnalyzer>.Diagnostic("VA0001").WithLocation(2).WithLocation(3).WithArguments("backup", "g"));
            await Run<VA0006WriteIntoReadOnlyViewAnalyzer>(source, Semantics, Verify<VA0006WriteIntoReadOnlyViewAnalyzer>.Diagnostic("VA0006").WithLocation(4).WithLocation(5).WithArguments("g.Diagonal()", "Diagonal()"));
        }

        [Fact]
        public async Task Without_the_file_the_type_is_unknown_and_every_rule_is_silent()
        {
            var source = Grid + """

                class C
                {
                    void M(Contoso.Tensors.Grid g)
                    {
                        var picked = g.Select(new[] { 0, 2 });
                        picked.Fill(0);
                    }
                }
                """;
            await Run<VA0002LostWriteIntoCopyAnalyzer>(source, null);
        }

        [Fact]
        public async Task Invalid_lines_are_reported_with_file_and_line_and_the_rest_still_applies()
        {
            var semantics = """
                array T:Contoso.Tensors.Grid
                view Contoso.Tensors.Grid.Row
                copy M:Contoso.Tensors.Grid.Select selection extra
                shiny M:Contoso.Tensors.Grid.Fill
                mutates M:Contoso.Tensors.Grid.Fill
                mutates this M:Contoso.Tensors.Grid.Fill
                """;
            var test = new CSharpAnalyzerTest<VA9001SemanticsFileAnalyzer, DefaultVerifier>
            {
                TestCode = Grid,
                ReferenceAssemblies = TestCompilation.Net10,
            };
            test.TestState.AdditionalFiles.Add(("ViewAnalyzers.Semantics.txt", semantics));
            var lines = semantics.Replace("\r\n", "\n").Split('\n');
            DiagnosticResult Line(int line, string message) =>
                new DiagnosticResult("VA9001", DiagnosticSeverity.Warning)
                    .WithSpan("ViewAnalyzers.Semantics.txt", line, 1, line, lines[line - 1].Length + 1)
                    .WithArguments("ViewAnalyzers.Semantics.txt", line, message);
            test.ExpectedDiagnostics.Add(Line(2, "expected 'view M:Namespace.Type.Member' (a documentation comment ID)"));
            test.ExpectedDiagnostics.Add(Line(3, "unexpected 'extra': after the member, only 'of operand' and, for copy, 'selection' may follow"));
            test.ExpectedDiagnostics.Add(Line(4, "unknown declaration 'shiny': expected array, copy-method, view, copy, readonly, same, fresh or mutates"));
            test.ExpectedDiagnostics.Add(Line(5, "expected 'mutates this|parameterName M:Namespace.Type.Member'"));
            await test.RunAsync();
        }

        private static async Task Run<TAnalyzer>(string source, string? semantics, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestCompilation.Net10,
            };
            if (semantics is not null)
            {
                test.TestState.AdditionalFiles.Add(("ViewAnalyzers.Semantics.txt", semantics));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }
    }
}
