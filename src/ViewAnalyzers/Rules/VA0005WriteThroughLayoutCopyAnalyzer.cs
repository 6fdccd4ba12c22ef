using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0005: a write through ravel/flat/GetData/reshape whose result the known layout proves to be a copy.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0005WriteThroughLayoutCopyAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0005_WriteThroughLayoutCopy);

        internal override void Analyze(FlowRuleContext context)
        {
            var flow = context.Flow;
            foreach (var write in flow.Writes)
            {
                if (flow.HasErrors(write.Access.Operation))
                {
                    continue;
                }

                if (write.Chain.Terminal is { CopiedByLayout: true, Operand: { } operand } step)
                {
                    context.Report(Descriptors.VA0005_WriteThroughLayoutCopy, write.Access.Operation, step.Operation, step.Operation.Syntax.ToString(), operand.Syntax.ToString());
                    continue;
                }

                if (write.Chain.Holder is ILocalSymbol local
                    && write.HolderValue is { Kind: ValueKind.Copy, CopiedByLayout: true, Root: { } source, Origin: { } origin }
                    && flow.IsTracked(local)
                    && !flow.IsAliased(local, write.HolderValue)
                    && (!flow.IsReadAfter(local, write.Point) || flow.IsReadAfter(source, write.Point)))
                {
                    context.Report(Descriptors.VA0005_WriteThroughLayoutCopy, write.Access.Operation, origin, local.Name, source.Name);
                }
            }
        }
    }
}
