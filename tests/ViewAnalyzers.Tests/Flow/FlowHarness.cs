using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>Builds the flow of the method named M in a source, the way the analyzers do.</summary>
    internal static class FlowHarness
    {
        public static MethodFlow Build(string source, string method = "M")
        {
            var (context, body) = Body(source, method);
            var flow = context.FlowOf(body, () => ControlFlowGraph.Create(body));
            Assert.NotNull(flow);
            return flow!;
        }

        /// <summary>The body of the method named <paramref name="method"/> and the flow context of its compilation.</summary>
        public static (FlowContext Context, IMethodBodyOperation Body) Body(string source, string method = "M")
        {
            var compilation = TestCompilation.Create(source);
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method);
            var body = (IMethodBodyOperation)model.GetOperation(declaration)!;
            var semantics = LibrarySemantics.For(compilation);
            Assert.NotNull(semantics);
            return (FlowContext.For(compilation, semantics!), body);
        }

        public static string Describe(MethodFlow flow) =>
            string.Join("\n", flow.Writes.Select(w => $"write {w.Access.Operation.Syntax} -> holder {w.Chain.Holder?.Name ?? "-"} ({w.HolderValue}) terminal {w.Chain.Terminal?.Kind.ToString() ?? "-"}"));
    }
}
