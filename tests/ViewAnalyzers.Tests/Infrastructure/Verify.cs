using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ViewAnalyzers.Tests
{
    /// <summary>Runs one analyzer (and its fix) on test sources compiled against net10.0 and NumSharp 0.70.0.</summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id).DefaultSeverity);

        /// <summary>Asserts exactly the diagnostics marked in <paramref name="source"/> (<c>{|VA0007:x|}</c>) and <paramref name="expected"/>.</summary>
        public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, withNumSharp: true, expected);

        public static async Task Analyzer(string source, bool withNumSharp, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestCompilation.Net10,
            };
            if (withNumSharp)
            {
                test.TestState.AdditionalReferences.Add(TestCompilation.NumSharp);
            }

            Configure(test);
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Asserts the marked diagnostics, the exact code after the fix (one at a time and Fix All), and that the
        /// fixed code compiles with no VA or NDW diagnostic it did not already have.
        /// </summary>
        public static async Task Fix<TFix>(string source, string fixedSource, int? iterations = null, string? equivalenceKey = null)
            where TFix : CodeFixProvider, new()
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = TestCompilation.Net10,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            if (iterations is int n)
            {
                test.NumberOfFixAllIterations = n;
                test.NumberOfIncrementalIterations = n;
            }

            test.TestState.AdditionalReferences.Add(TestCompilation.NumSharp);
            test.FixedState.AdditionalReferences.Add(TestCompilation.NumSharp);
            Configure(test);
            await test.RunAsync(CancellationToken.None);

            await AllAnalyzers.AssertNoNewDiagnosticsAsync(Unmark(source), Unmark(fixedSource));
        }

        private static void Configure<T>(AnalyzerTest<T> test)
            where T : IVerifier, new()
        {
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var options = ((CSharpCompilationOptions)project.CompilationOptions!)
                    .WithAllowUnsafe(true)
                    .WithNullableContextOptions(NullableContextOptions.Enable);
                return solution
                    .WithProjectCompilationOptions(projectId, options)
                    .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest));
            });
        }

        /// <summary>The source with the test framework's markup removed.</summary>
        public static string Unmark(string source)
        {
            TestFileMarkupParser.GetSpans(source, out var output, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
            return output;
        }
    }
}
