using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>VA0002: a local holding a selection copy (fancy index, mask, take, …) is written and never read again.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0002LostWriteIntoCopyAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0002_LostWriteIntoCopy);

        internal override void Analyze(FlowRuleContext context)
        {
            var flow = context.Flow;
            foreach (var write in flow.Writes)
            {
                var copy = write.HolderValue;
                if (!write.Chain.IsDirect
                    || write.Chain.Holder is not ILocalSymbol local
                    || copy is not { Kind: ValueKind.Copy, IsSelection: true, CopiedByLayout: false, Root: { } source, Origin: { } origin }
                    || !flow.IsTracked(local)
                    || flow.IsAliased(local, copy)
                    || flow.IsReadAfter(local, write.Point)
                    || flow.IsWrittenAgainAfter(local, write.Point)
                    || flow.HasErrors(write.Access.Operation)
                    || flow.HasErrors(origin))
                {
                    continue;
                }

                context.Report(Descriptors.VA0002_LostWriteIntoCopy, write.Access.Operation, origin, VA0001WriteThroughViewAnalyzer.Names(local, source), local.Name, source.Name, copy.How ?? "a selection");
            }
        }
    }
}
