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
    /// The flow layer builds no control flow graph for a body where no rule could report: one without a write
    /// into a value derived from a library array (a view, a copy, a read-only view, an alias). The gate must
    /// never hide such a write: checked here against the flow itself, built anyway, for every body of every
    /// test source and of the generated corpus.
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
        [InlineData("arr[arr > 2] = 0;")]
        [InlineData("arr[\"1:3\"] += 1;")]
        [InlineData("var v = arr[\"1:3\"];\nConsole.WriteLine(v);\narr[0] = 1;")]
        [InlineData("var z = np.zeros(3);\nz[0] = 1;\nz += 1;")]
        [InlineData("field[\"...\"] = arr[\"0:3\"];\nHelper(field);")]
        [InlineData("void Local() { field[0] = 1; }\nLocal();")]
        [InlineData("var c = arr.copy();\nc[0] = 1;\nc += 1;\nc.fill(2);")]
        [InlineData("var c = arr[\"0:4\"].copy();\nc[\"...\"] = 0;\nConsole.WriteLine(c);")]
        [InlineData("NDArray c = np.copy(arr);\nHelper(c[\"1:\"]);")]
        [InlineData("np.copyto(arr[\"0:2\"], arr[\"1:3\"]);")]
        [InlineData("Helper(arr[\"1:3\"]);")]
        [InlineData("arr[\"1:3\"].fill(0);")]
        public void Bodies_without_a_reportable_write_get_no_graph(string body)
        {
            var (context, block) = Body(Source(body));
            Assert.False(context.NeedsFlow(block));
            Assert.Null(context.FlowOf(block, () => throw new Xunit.Sdk.XunitException("a graph was built for a body without writes")));
        }

        [Theory]
        [InlineData("var v = arr[\"1:3\"];\nv[0] = 5;")]
        [InlineData("arr[arr > 2][0] = 5;")]
        [InlineData("var v = arr[\"1:3\"];\nvar w = v;\nw[0] = 5;")]
        [InlineData("NDArray v;\nv = arr.T;\nv[0] = 5;")]
        [InlineData("var (p, q) = (arr[\"1:\"], arr);\np[0] = 5;")]
        [InlineData("field = arr[\"1:\"];\nfield[0] = 5;")]
        [InlineData("var v = arr[\"1:3\"];\nv += 1;")]
        [InlineData("var v = arr[\"1:3\"];\nv.fill(2);")]
        [InlineData("var a = np.asarray(values);\nvalues[0] = 1;")]
        [InlineData("Action act = () => { var v = arr[\"1:\"]; v[0] = 1; };\nact();")]
        [InlineData("void Local() { var v = field[\"1:\"]; v[0] = 1; }\nLocal();")]
        [InlineData("arr.copy()[0] = 5;")]
        [InlineData("arr.copy().fill(0);")]
        [InlineData("var c = arr.copy();\nvar w = c[\"1:\"];\nw[0] = 5;")]
        [InlineData("var c = arr.copy();\nvar w = np.asarray(c);\nw[0] = 5;")]
        [InlineData("var f = arr.flatten();\nf[0] = 1;")]
        [InlineData("arr.T.ravel()[0] = 1;")]
        [InlineData("var d = arr.diagonal();\nd[0] = 1;")]
        [InlineData("np.copyto(arr[new[] { 0, 1 }], arr[\"0:2\"]);")]
        public void Bodies_with_a_reportable_write_get_a_flow(string body)
        {
            var (context, block) = Body(Source(body));
            Assert.True(context.NeedsFlow(block));
        }

        [Fact]
        public void The_gate_hides_no_reportable_write_in_any_test_source_or_the_generated_corpus()
        {
            var sources = MutationTests.Sources().Select(s => (string)s[1]).ToList();
            sources.AddRange(CorpusGenerator.Generate(3_000, withNumSharp: true).Select(f => f.Text));
            int skipped = 0;
            int analyzed = 0;
            foreach (var (context, block) in FlowHarness.AllBodies(sources))
            {
                if (context.NeedsFlow(block))
                {
                    analyzed++;
                    continue;
                }

                skipped++;
                var flow = MethodFlow.Build(FlowHarness.Graph(block), context);
                var hidden = flow.All().SelectMany(Reportable).ToList();
                Assert.True(hidden.Count == 0, $"the gate skipped a body with writes a rule looks at ({string.Join(", ", hidden)}):\n{block.Syntax}");
            }

            // Not vacuous: both sides of the gate are exercised.
            Assert.True(skipped > 50, $"only {skipped} bodies skipped");
            Assert.True(analyzed > 200, $"only {analyzed} bodies analyzed");
        }

        /// <summary>
        /// The facts some rule reports on, loosely: a write through a held view, read-only view or alias, or a held
        /// copy that is a selection (VA0002) or made by layout (VA0005), a plain copy being what the user asked for; a
        /// write into a temporary copy or read-only view (the chain's last step); a compound assignment to a view; a
        /// write into a .NET array while some variable aliases one.
        /// </summary>
        private static IEnumerable<string> Reportable(MethodFlow flow)
        {
            foreach (var write in flow.Writes)
            {
                if (write.HolderValue.Kind is ValueKind.View or ValueKind.ReadOnlyView or ValueKind.ManagedAlias
                    || write.HolderValue is { Kind: ValueKind.Copy, IsSelection: true } or { Kind: ValueKind.Copy, CopiedByLayout: true }
                    || write.Chain.Terminal is { Kind: ResultKind.Copy or ResultKind.ReadOnlyView } or { CopiedByLayout: true })
                {
                    yield return write.Access.Operation.Syntax.ToString();
                }
            }

            foreach (var compound in flow.CompoundAssignments)
            {
                if (compound.Value.Kind == ValueKind.View)
                {
                    yield return compound.Operation.Syntax.ToString();
                }
            }

            bool aliases = flow.Assigned.Values.Any(values => values.Any(v => v.Kind == ValueKind.ManagedAlias));
            foreach (var managed in flow.ManagedWrites)
            {
                if (aliases)
                {
                    yield return managed.Operation.Syntax.ToString();
                }
            }
        }

        private static (FlowContext Context, IOperation Block) Body(string source)
        {
            var (context, body) = FlowHarness.Body(source);
            Assert.Empty(context.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return (context, body);
        }

    }
}
