using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Bench;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;
using ViewAnalyzers.Tests.Robustness;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// The flow layer builds no control flow graph for a body that has no write a rule could report at. The
    /// gate must never hide a write: checked here against the flow itself, built anyway, for every body of
    /// every test source and of the generated corpus.
    /// </summary>
    public class FlowGateTests
    {
        private static string Source(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                NDArray field = np.zeros(3);
                void M(NDArray arr, int[] values)
                {
            {{body}}
                }
                static void Helper(NDArray x) => x["..."] = 0;
                static void Reader(NDArray x) => Console.WriteLine(x);
            }
            """;

        [Theory]
        [InlineData("var v = arr[\"1:3\"];\nConsole.WriteLine(v.sum());")]
        [InlineData("var c = arr * 2 + 1;\nvar t = c.T;\nConsole.WriteLine(t);")]
        [InlineData("var f = arr[new[] { 0, 2 }];\nReader(f);")]
        [InlineData("int k = 0;\nk += 2;\nConsole.WriteLine(arr.size + k);")]
        [InlineData("values[0] = 1;\nConsole.WriteLine(values.Length);")]
        public void Bodies_without_a_reportable_write_get_no_graph(string body)
        {
            var (context, block) = Body(Source(body));
            Assert.False(context.NeedsFlow(block));
            Assert.Null(context.FlowOf(block, () => throw new Xunit.Sdk.XunitException("a graph was built for a body without writes")));
        }

        [Theory]
        [InlineData("var v = arr[\"1:3\"];\nv[0] = 5;")]
        [InlineData("arr[arr > 2] = 0;")]
        [InlineData("arr[\"1:3\"] += 1;")]
        [InlineData("var v = arr[\"1:3\"];\nv += 1;")]
        [InlineData("var v = arr[\"1:3\"];\nv.fill(2);")]
        [InlineData("np.copyto(arr[\"0:2\"], arr[\"1:3\"]);")]
        [InlineData("Helper(arr[\"1:3\"]);")]
        [InlineData("var a = np.asarray(values);\nvalues[0] = 1;")]
        [InlineData("Action act = () => { var v = arr[\"1:\"]; v[0] = 1; };\nact();")]
        [InlineData("void Local() { field[0] = 1; }\nLocal();")]
        public void Bodies_with_a_reportable_write_get_a_flow(string body)
        {
            var (context, block) = Body(Source(body));
            Assert.True(context.NeedsFlow(block));
        }

        [Fact]
        public void The_gate_hides_no_write_in_any_test_source_or_the_generated_corpus()
        {
            var sources = MutationTests.Sources().Select(s => (string)s[1]).ToList();
            sources.AddRange(CorpusGenerator.Generate(3_000, withNumSharp: true).Select(f => f.Text));
            int skipped = 0;
            int analyzed = 0;
            foreach (var source in sources)
            {
                var compilation = TestCompilation.Create(source);
                if (compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) || LibrarySemantics.For(compilation) is not { } semantics)
                {
                    continue;
                }

                var context = FlowContext.For(compilation, semantics);
                foreach (var tree in compilation.SyntaxTrees)
                {
                    var model = compilation.GetSemanticModel(tree);
                    foreach (var block in Bodies(model))
                    {
                        if (context.NeedsFlow(block))
                        {
                            analyzed++;
                            continue;
                        }

                        skipped++;
                        var flow = MethodFlow.Build(Graph(block), context);
                        var hidden = flow.All().SelectMany(f => f.Writes.Select(w => w.Access.Operation.Syntax.ToString())
                            .Concat(f.CompoundAssignments.Select(c => c.Operation.Syntax.ToString()))
                            .Concat(f.ManagedWrites.Select(m => m.Operation.Syntax.ToString()))).ToList();
                        Assert.True(hidden.Count == 0, $"the gate skipped a body with writes ({string.Join(", ", hidden)}):\n{block.Syntax}");
                    }
                }
            }

            // Not vacuous: both sides of the gate are exercised.
            Assert.True(skipped > 50, $"only {skipped} bodies skipped");
            Assert.True(analyzed > 200, $"only {analyzed} bodies analyzed");
        }

        private static (FlowContext Context, IOperation Block) Body(string source)
        {
            var (context, body) = FlowHarness.Body(source);
            Assert.Empty(context.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return (context, body);
        }

        private static IEnumerable<IOperation> Bodies(SemanticModel model) =>
            model.SyntaxTree.GetRoot().DescendantNodesAndSelf()
                .Where(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)
                .Select(n => model.GetOperation(n))
                .Where(o => o is IMethodBodyOperation or IConstructorBodyOperation)
                .Cast<IOperation>();

        private static ControlFlowGraph Graph(IOperation block) => block switch
        {
            IMethodBodyOperation method => ControlFlowGraph.Create(method),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
            _ => throw new Xunit.Sdk.XunitException("not a body"),
        };
    }
}
