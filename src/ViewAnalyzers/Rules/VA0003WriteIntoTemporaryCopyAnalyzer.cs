using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0003: the receiver of a write is itself a copy-producing expression (<c>a[mask][0] = 5</c>).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0003WriteIntoTemporaryCopyAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0003_WriteIntoTemporaryCopy);

        internal override void Analyze(FlowRuleContext context)
        {
            foreach (var write in context.Flow.Writes)
            {
                if (write.Chain.Terminal is not { Kind: ResultKind.Copy, CopiedByLayout: false, Operand: { } source } copy
                    || context.Flow.HasErrors(write.Access.Operation))
                {
                    continue;
                }

                context.Report(
                    Descriptors.VA0003_WriteIntoTemporaryCopy,
                    write.Access.Operation,
                    copy.Operation,
                    copy.Operation.Syntax.ToString(),
                    copy.How,
                    source.Syntax.ToString());
            }
        }
    }
}
