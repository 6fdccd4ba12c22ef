using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA9001: an invalid line in a ViewAnalyzers.Semantics.txt file, reported at that line.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA9001SemanticsFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA9001_InvalidSemanticsLine);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(c => Guard.Run(() => Analyze(c)));
        }

        private static void Analyze(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            if (!SemanticsFile.IsSemanticsFile(file.Path) || file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (var error in SemanticsFile.Parse(file.Path, text).Errors)
            {
                var lines = text.Lines.GetLinePositionSpan(error.Span);
                var location = Location.Create(file.Path, error.Span, lines);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.VA9001_InvalidSemanticsLine, location, System.IO.Path.GetFileName(file.Path), error.Line + 1, error.Message));
            }
        }
    }
}
