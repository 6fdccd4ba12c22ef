using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0007: a C# <c>System.Range</c>/<c>System.Index</c> passed to an indexer that rejects it at run time.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0007RangeInIndexerAnalyzer : ViewAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0007_RangeInIndexer);

        internal override void Register(CompilationStartAnalysisContext context, LibrarySemantics semantics) =>
            context.RegisterOperationAction(c => Analyze(c, semantics), OperationKind.PropertyReference);

        private static void Analyze(OperationAnalysisContext context, LibrarySemantics semantics)
        {
            try
            {
                AnalyzeIndexer(context, semantics);
            }
            catch (System.Exception e) when (Guard.Swallows(e))
            {
            }
        }

        private static void AnalyzeIndexer(OperationAnalysisContext context, LibrarySemantics semantics)
        {
            // Every property reference of the compilation comes here: the cheap questions first.
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (!reference.Property.IsIndexer
                || semantics.Lookup(reference.Property) is not { Member.Result: { Result: ResultKind.ByIndexArguments } } found
                || InvalidIndices(reference, found.Library) is not { } invalid
                || Binding.HasErrors(reference)
                || Binding.HasSyntaxErrors(reference.Syntax))
            {
                return;
            }

            foreach (var index in invalid)
            {
                var spelled = ImmutableArray.CreateBuilder<SlicePiece>();
                var suggestion = SliceSpelling.TrySpellOne(index, spelled)
                    ? SliceSpelling.Display(spelled.ToImmutable())
                    : "start:stop";
                var kind = index.Type?.Name == "Range" ? "range" : "index";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.VA0007_RangeInIndexer,
                    index.Syntax.GetLocation(),
                    index.Syntax.ToString(),
                    kind,
                    suggestion));
            }
        }

        /// <summary>The index values the library rejects (C# ranges and indices), in order; null when there are none.</summary>
        private static List<IOperation>? InvalidIndices(IPropertyReferenceOperation reference, ResolvedLibrary library)
        {
            List<IOperation>? invalid = null;
            foreach (var index in ResolvedLibrary.IndexValues(reference.Arguments))
            {
                if (library.ClassifyIndex(index.Type) == IndexArgumentKind.Invalid)
                {
                    (invalid ??= new List<IOperation>()).Add(index);
                }
            }

            return invalid;
        }
    }
}
