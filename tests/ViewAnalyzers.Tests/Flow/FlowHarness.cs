using System.Collections.Generic;
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

        /// <summary>
        /// Every method, constructor and accessor body of every source that compiles (or, with <paramref name="withErrors"/>,
        /// of every source) and references the library, with its flow context: what the property tests of the flow layer run over.
        /// </summary>
        public static IEnumerable<(FlowContext Context, IOperation Body)> AllBodies(IEnumerable<string> sources, bool withErrors = false)
        {
            foreach (var source in sources)
            {
                var compilation = TestCompilation.Create(source);
                if (!withErrors && compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) || LibrarySemantics.For(compilation) is not { } semantics)
                {
                    continue;
                }

                var context = FlowContext.For(compilation, semantics);
                foreach (var tree in compilation.SyntaxTrees)
                {
                    var model = compilation.GetSemanticModel(tree);
                    var bodies = tree.GetRoot().DescendantNodesAndSelf()
                        .Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or CompilationUnitSyntax)
                        .Select(n => model.GetOperation(n))
                        .Where(o => o is IMethodBodyOperation or IConstructorBodyOperation);
                    foreach (var body in bodies)
                    {
                        yield return (context, body!);
                    }
                }
            }
        }

        /// <summary>What the property tests of the flow layer run over: every test source, a generated corpus and its stress shapes.</summary>
        public static List<string> PropertySources()
        {
            var sources = ViewAnalyzers.Tests.Robustness.MutationTests.Sources().Select(s => (string)s[1]).ToList();
            sources.AddRange(ViewAnalyzers.Bench.CorpusGenerator.Generate(3_000, withNumSharp: true).Select(f => f.Text));
            sources.Add(ViewAnalyzers.Bench.CorpusGenerator.LongMethod(600, withNumSharp: true).Text);
            sources.Add(ViewAnalyzers.Bench.CorpusGenerator.ManyAliases(300).Text);
            sources.Add(ViewAnalyzers.Bench.CorpusGenerator.DeepLoops(3, 6).Text);
            return sources;
        }

        /// <summary>The control flow graph of a method or constructor body.</summary>
        public static ControlFlowGraph Graph(IOperation body) => body switch
        {
            IMethodBodyOperation method => ControlFlowGraph.Create(method),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
            _ => throw new Xunit.Sdk.XunitException("not a body"),
        };

        public static string Describe(MethodFlow flow) =>
            string.Join("\n", flow.Writes.Select(w => $"write {w.Access.Operation.Syntax} -> holder {w.Chain.Holder?.Name ?? "-"} ({w.HolderValue}) terminal {w.Chain.Terminal?.Kind.ToString() ?? "-"}"));
    }
}
