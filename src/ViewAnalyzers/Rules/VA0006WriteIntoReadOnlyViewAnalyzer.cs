using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0006: a write into a read-only view (diagonal, np.diag of a 2-D array, broadcast_to): it throws.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0006WriteIntoReadOnlyViewAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0006_WriteIntoReadOnlyView);

        internal override void Analyze(FlowRuleContext context)
        {
            foreach (var write in context.Flow.Writes)
            {
                if (context.Flow.HasErrors(write.Access.Operation))
                {
                    continue;
                }

                if (write.Chain.Terminal is { Kind: ResultKind.ReadOnlyView } step)
                {
                    context.Report(Descriptors.VA0006_WriteIntoReadOnlyView, write.Access.Operation, step.Operation, step.Operation.Syntax.ToString(), step.How);
                }
                else if (write.Chain.Holder is ILocalSymbol local
                         && context.Flow.IsTracked(local)
                         && write.HolderValue is { Kind: ValueKind.ReadOnlyView, Origin: { } origin })
                {
                    context.Report(Descriptors.VA0006_WriteIntoReadOnlyView, write.Access.Operation, origin, ImmutableDictionary<string, string?>.Empty.Add("view", local.Name), local.Name, write.HolderValue.How ?? origin.Syntax.ToString());
                }
            }
        }
    }
}
