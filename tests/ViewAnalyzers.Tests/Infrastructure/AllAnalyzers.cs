using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ViewAnalyzers.Tests
{
    /// <summary>Every ViewAnalyzers analyzer together with NumSharp's own analyzer (NDW diagnostics).</summary>
    public static class AllAnalyzers
    {
        public static readonly ImmutableArray<DiagnosticAnalyzer> ViewAnalyzers =
            typeof(global::ViewAnalyzers.Rules.ViewAnalyzerBase).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        public static readonly ImmutableArray<DiagnosticAnalyzer> NumSharpAnalyzers = LoadNumSharpAnalyzers();

        /// <summary>Compiler errors, and every VA and NDW diagnostic, for <paramref name="source"/>.</summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
        {
            var compilation = TestCompilation.Create(source, kind: kind);
            var analyzers = ViewAnalyzers.AddRange(NumSharpAnalyzers);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
            return diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("VA", StringComparison.Ordinal) || d.Id.StartsWith("NDW", StringComparison.Ordinal) || d.Id == "AD0001")
                .ToImmutableArray();
        }

        /// <summary>The fixed code compiles, and has no more VA or NDW diagnostics of any ID than the original.</summary>
        public static async Task AssertNoNewDiagnosticsAsync(string before, string after)
        {
            var old = await DiagnosticsAsync(before);
            var now = await DiagnosticsAsync(after);

            var errors = now.Where(d => d.Id == "AD0001" || (d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal))).ToList();
            Assert.True(errors.Count == 0, "the fixed code does not compile or an analyzer failed:\n" + string.Join("\n", errors));

            foreach (var group in now.GroupBy(d => d.Id))
            {
                int previously = old.Count(d => d.Id == group.Key);
                Assert.True(group.Count() <= previously, $"the fix adds {group.Key}:\n" + string.Join("\n", group));
            }
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadNumSharpAnalyzers()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "NumSharpAnalyzer", "NumSharp.Build.Analyzer.dll");
            Assert.True(File.Exists(path), "NumSharp's analyzer was not copied to the test output: " + path);
            var reference = new AnalyzerFileReference(path, new AnalyzerLoader());
            return reference.GetAnalyzers(LanguageNames.CSharp);
        }

        private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
        }
    }
}
