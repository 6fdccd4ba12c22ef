using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>
    /// A rule that asks the flow layer about each method body. The flow of a body is computed once and
    /// shared by every rule; bodies that touch no library array cost one scan.
    /// </summary>
    public abstract class FlowRuleBase : ViewAnalyzerBase
    {
        internal sealed override void Register(CompilationStartAnalysisContext context, LibrarySemantics semantics)
        {
            var flows = FlowContext.For(context.Compilation, semantics, context.Options.AnalyzerConfigOptionsProvider);
            flows.AddConsumer();
            context.RegisterOperationBlockAction(c => AnalyzeBlocks(c, flows));
        }

        private void AnalyzeBlocks(OperationBlockAnalysisContext context, FlowContext flows)
        {
            try
            {
                foreach (var block in context.OperationBlocks)
                {
                    // Method bodies arrive as their IBlockOperation; field initializers and the like are not analyzed.
                    if (block is not (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation))
                    {
                        continue;
                    }

                    // Half-typed code: never guess what a method with syntax errors meant.
                    if (Binding.HasSyntaxErrors(block.Syntax))
                    {
                        continue;
                    }

                    if (flows.FlowOf(block, context, static (c, b) => GraphOf(c, b), context.Options.AnalyzerConfigOptionsProvider, context.OwningSymbol) is { } flow)
                    {
                        AnalyzeAll(context, flow, flows);
                    }
                }
            }
            catch (System.Exception e) when (Guard.Swallows(e))
            {
            }
        }

        /// <summary>The rule over a flow and every flow nested in it (lambdas, local functions); empty ones have nothing to report.</summary>
        private void AnalyzeAll(OperationBlockAnalysisContext context, MethodFlow flow, FlowContext flows)
        {
            if (flow.IsEmpty)
            {
                return;
            }

            Analyze(new FlowRuleContext(context, flow, flows));
            foreach (var nested in flow.Nested)
            {
                AnalyzeAll(context, nested, flows);
            }
        }

        /// <summary>Reports the rule's diagnostics for one flow (a method body, lambda or local function).</summary>
        internal abstract void Analyze(FlowRuleContext context);

        private static ControlFlowGraph? GraphOf(OperationBlockAnalysisContext context, IOperation block)
        {
            try
            {
                return context.GetControlFlowGraph(block);
            }
            catch (System.ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>What a flow rule sees: the flow, the per-compilation context, and a way to report.</summary>
    internal readonly struct FlowRuleContext
    {
        private readonly OperationBlockAnalysisContext _context;

        public FlowRuleContext(OperationBlockAnalysisContext context, MethodFlow flow, FlowContext flows)
        {
            _context = context;
            Flow = flow;
            Flows = flows;
        }

        public MethodFlow Flow { get; }

        public FlowContext Flows { get; }

        public AnalyzerOptions Options => _context.Options;

        public SyntaxTree Tree => _context.OperationBlocks[0].Syntax.SyntaxTree;

        public void Report(DiagnosticDescriptor descriptor, IOperation at, IOperation? related, params object[] arguments) =>
            Report(descriptor, at, related, null, arguments);

        /// <summary>Reports at <paramref name="at"/>, with <paramref name="related"/> (the view's or copy's creation) as the additional location and <paramref name="properties"/> for the fix.</summary>
        public void Report(DiagnosticDescriptor descriptor, IOperation at, IOperation? related, System.Collections.Immutable.ImmutableDictionary<string, string?>? properties, params object[] arguments)
        {
            var additional = related is null ? null : new[] { related.Syntax.GetLocation() };
            _context.ReportDiagnostic(Diagnostic.Create(descriptor, at.Syntax.GetLocation(), additional, properties, arguments));
        }
    }
}
