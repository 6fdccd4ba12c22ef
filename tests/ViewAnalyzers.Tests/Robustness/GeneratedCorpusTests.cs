using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Bench;
using Xunit;

namespace ViewAnalyzers.Tests.Robustness
{
    /// <summary>Every analyzer runs over the benchmark's generated codebase (50k+ lines, and its stress shapes) without an exception.</summary>
    public class GeneratedCorpusTests
    {
        [Fact]
        public void The_same_size_corpus_without_NumSharp_compiles()
        {
            var compilation = TestCompilation.Create(CorpusGenerator.Generate(10_000, withNumSharp: false), withNumSharp: false);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        }

        [Fact]
        public async Task All_analyzers_run_over_50k_lines_of_generated_NumSharp_code_without_AD0001()
        {
            var files = CorpusGenerator.Generate(50_000, withNumSharp: true);
            files.Add(CorpusGenerator.LongMethod(5_000, withNumSharp: true));
            files.Add(CorpusGenerator.DeepLoops(10, 12));
            files.Add(CorpusGenerator.ManyAliases(1_000));
            Assert.True(files.Sum(f => CorpusGenerator.CountLines(f.Text)) >= 55_000);

            var compilation = TestCompilation.Create(files);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

            var diagnostics = await compilation
                .WithAnalyzers(AllAnalyzers.ViewAnalyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync();

            Assert.Empty(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
            Assert.Contains(diagnostics, d => d.Id == "VA0002");
            Assert.Contains(diagnostics, d => d.Id == "VA0004");
        }

        [Fact]
        public async Task Concurrent_analysis_reports_exactly_what_sequential_analysis_reports()
        {
            // The rules share each body's flow across threads, and the gate and the walks keep working lists per thread.
            var files = CorpusGenerator.Generate(10_000, withNumSharp: true);
            files.Add(CorpusGenerator.DeepLoops(10, 6));
            files.Add(CorpusGenerator.ManyAliases(500));
            var compilation = TestCompilation.Create(files);

            async Task<string[]> Run(bool concurrent) =>
                (await compilation
                    .WithAnalyzers(AllAnalyzers.ViewAnalyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false))
                    .GetAnalyzerDiagnosticsAsync())
                .Select(d => d.ToString())
                .OrderBy(d => d, System.StringComparer.Ordinal)
                .ToArray();

            var sequential = await Run(concurrent: false);
            var concurrent = await Run(concurrent: true);
            Assert.True(sequential.Length > 100, $"only {sequential.Length} diagnostics");
            Assert.Equal(sequential, concurrent);
        }
    }
}
