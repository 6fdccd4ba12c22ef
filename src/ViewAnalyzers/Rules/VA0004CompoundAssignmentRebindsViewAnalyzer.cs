using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0004: <c>v op= e</c> on a local view rebinds it, while its source (or nothing) is read afterwards.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0004CompoundAssignmentRebindsViewAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0004_CompoundAssignmentRebindsView);

        internal override void Analyze(FlowRuleContext context)
        {
            var flow = context.Flow;
            foreach (var compound in flow.CompoundAssignments)
            {
                if (compound.Value is not { Kind: ValueKind.View, Root: { } source, Origin: { } origin }
                    || compound.Local is not ILocalSymbol local
                    || !flow.IsTracked(local)
                    || compound.Operation.OperatorMethod is not { } op
                    || context.Flows.Semantics.LibraryOf(op.ContainingType) is null
                    || flow.HasErrors(compound.Operation))
                {
                    continue;
                }

                bool viewUnused = !flow.IsReadAfter(local, compound.Point);
                bool sourceRead = flow.IsReadAfter(source, compound.Point);
                if (!viewUnused && !sourceRead)
                {
                    continue;
                }

                context.Report(Descriptors.VA0004_CompoundAssignmentRebindsView, compound.Operation, origin, VA0001WriteThroughViewAnalyzer.Names(local, source), compound.Operation.Syntax.ToString(), local.Name, source.Name);
            }
        }
    }
}
