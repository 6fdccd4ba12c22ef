using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Bench;
using Xunit;

namespace ViewAnalyzers.Tests.Rules
{
    /// <summary>
    /// A body longer than <c>view_analyzers.max_body_statements</c> (default 5,000; 0 for no limit) is neither analyzed
    /// nor summarized for its callers: Roslyn's graph builder grows with the square of a body's length. At the limit it
    /// still is.
    /// </summary>
    public class BodySizeLimitTests
    {
        // A lost write into a fancy-index copy (VA0002) on line 9, in a body of filler + 3 statements.
        private static string Body(int filler) => $$"""
            using NumSharp;

            public static class C
            {
                public static void Lost(NDArray a)
                {
                    int x = 0;
                    var picked = a[new[] { 0, 2 }];
                    picked[0] = 5;
            {{string.Concat(Enumerable.Repeat("        x++;\n", filler))}}
                }
            }
            """;

        // A helper of filler + 2 statements that returns a view of its parameter; the caller writes through it (VA0001).
        private static string Helper(int filler) => $$"""
            using System;
            using NumSharp;

            public static class C
            {
                static NDArray Head(NDArray a)
                {
                    int x = 0;
            {{string.Concat(Enumerable.Repeat("        x++;\n", filler))}}
                    return a["0:3"];
                }

                static void M()
                {
                    var arr = np.arange(10);
                    var h = Head(arr);
                    h[0] = -1;
                    Console.WriteLine(h);
                    Console.WriteLine(arr);
                }
            }
            """;

        [Theory]
        [InlineData("10", 8, true)]          // 10 statements: summarized
        [InlineData("10", 9, false)]         // 11: not summarized, the call's result is unknown
        [InlineData("0", 9, true)]
        public async Task Methods_over_the_limit_are_not_summarized(string limit, int filler, bool reported)
        {
            var source = Helper(filler);
            int line = source.Split('\n').ToList().FindIndex(l => l.Contains("h[0] = -1")) + 1;
            Assert.Equal(reported ? new[] { $"{line} VA0001" } : System.Array.Empty<string>(), await ReportedAsync(source, limit));
        }

        [Theory]
        [InlineData(null, 4997, true)]       // 5,000 statements: the default limit, still analyzed
        [InlineData(null, 4998, false)]      // 5,001
        [InlineData("10", 7, true)]
        [InlineData("10", 8, false)]
        [InlineData(" 10 ", 8, false)]
        [InlineData("0", 6000, true)]        // no limit
        [InlineData("many", 4997, true)]     // not a count: the default
        [InlineData("many", 4998, false)]
        [InlineData("-1", 4998, false)]
        public async Task Bodies_over_the_limit_are_skipped(string? limit, int filler, bool reported)
        {
            Assert.Equal(reported ? new[] { "9 VA0002" } : System.Array.Empty<string>(), await ReportedAsync(Body(filler), limit));
        }

        // The flow layer keeps its per-compilation state (summaries, and the settings they were made under) keyed by
        // the Compilation it is given. A host that analyzes one Compilation twice with other settings (an IDE after an
        // .editorconfig edit) must get the second run's answer, not the first's: each analysis run has its own.
        [Theory]
        [InlineData("10", null)]
        [InlineData(null, "10")]
        public async Task Two_runs_on_one_compilation_each_use_their_own_settings(string? first, string? second)
        {
            var source = Helper(9);
            int line = source.Split('\n').ToList().FindIndex(l => l.Contains("h[0] = -1")) + 1;
            var compilation = TestCompilation.Create(source);
            string[] Expected(string? limit) => limit is null ? new[] { $"{line} VA0001" } : System.Array.Empty<string>();
            Assert.Equal(Expected(first), await ReportedAsync(compilation, first));
            Assert.Equal(Expected(second), await ReportedAsync(compilation, second));
        }

        /// <summary>"line ID" of every ViewAnalyzers diagnostic in <paramref name="source"/> (which must compile), with the limit set to <paramref name="limit"/> (null: not set).</summary>
        private static Task<string[]> ReportedAsync(string source, string? limit) => ReportedAsync(TestCompilation.Create(source), limit);

        private static async Task<string[]> ReportedAsync(Compilation compilation, string? limit)
        {
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var options = limit is null
                ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
                : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Settings("view_analyzers.max_body_statements", limit));

            var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.ViewAnalyzers, options).GetAnalyzerDiagnosticsAsync();
            return diagnostics.Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}").ToArray();
        }
    }
}
