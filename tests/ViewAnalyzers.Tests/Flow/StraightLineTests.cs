using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// A straight-line body's flow is built from its statements, without a control flow graph (<see cref="StraightLine"/>).
    /// It must be the flow its graph gives: the same facts, values and answers, for every straight-line body of the test
    /// sources and the generated corpus. Operations differ between the two (a graph holds copies of the body's), so they
    /// are compared by their syntax.
    /// </summary>
    public class StraightLineTests
    {
        [Fact]
        public void A_straight_line_body_s_flow_built_without_a_graph_is_the_flow_its_graph_gives()
        {
            int bodies = 0, straight = 0;
            foreach (var (context, body) in FlowHarness.AllBodies(FlowHarness.PropertySources()))
            {
                bodies++;
                if (MethodFlow.BuildStraightLine(body, context) is not { } withoutGraph)
                {
                    continue;
                }

                straight++;
                var onGraph = MethodFlow.Build(FlowHarness.Graph(body), context);
                Assert.True(Describe(onGraph) == Describe(withoutGraph), $"the flows differ for:\n{body.Syntax}\n--- on the graph:\n{Describe(onGraph)}\n--- without:\n{Describe(withoutGraph)}");
            }

            // Both kinds of body are there: most of the corpus is straight-line, the loops and branches are not.
            Assert.True(straight > 300, $"only {straight} straight-line bodies compared");
            System.Console.WriteLine($"{straight} of {bodies} bodies are straight-line");
            Assert.True(bodies - straight > 100, $"only {bodies - straight} bodies with a graph");
        }

        [Theory]
        [InlineData("var v = a[\"1:3\"]; v[0] = 1;", true)]
        [InlineData("{ var v = a[\"1:3\"]; } var w = a.copy(); w += 1; Console.WriteLine(w);", true)]
        [InlineData("var v = a[\"1:3\"]; return;", true)]
        [InlineData("return; a[0] = 1;", false)]
        [InlineData("if (a.size > 1) { a[0] = 1; }", false)]
        [InlineData("var v = a.size > 1 ? a : a.copy();", false)]
        [InlineData("var v = a ?? a.copy();", false)]
        [InlineData("bool b = a.size > 1 && a.size < 9;", false)]
        [InlineData("for (int i = 0; i < 3; i++) { a[i] = i; }", false)]
        [InlineData("System.Action f = () => a[0] = 1;", false)]
        [InlineData("void F() { a[0] = 1; } F();", false)]
        [InlineData("var l = new List<int> { 1 };", false)]
        [InlineData("int.TryParse(\"1\", out var n);", false)]
        [InlineData("throw new System.Exception();", false)]
        [InlineData("var m = Math.Max(val2: a.size, val1: 2);", true)]
        [InlineData("var d = new int[3]; ref int r = ref d[0];", false)]
        public void Only_bodies_a_graph_would_keep_as_one_block_are_straight_line(string statements, bool straightLine)
        {
            var source = "using System; using System.Collections.Generic; using NumSharp;\npublic static class C\n{\n    public static void M(NDArray a)\n    {\n        " + statements + "\n    }\n}\n";
            var (_, body) = FlowHarness.Body(source);
            Assert.Equal(straightLine, StraightLine.TryGetStatements(body, out _));
        }

        [Fact]
        public void A_return_is_straight_line_only_as_the_body_s_last_statement()
        {
            var (_, last) = FlowHarness.Body("using NumSharp;\npublic static class C\n{\n    public static NDArray M(NDArray a)\n    {\n        var v = a[\"1:3\"];\n        return v;\n    }\n}\n");
            var (_, nested) = FlowHarness.Body("using NumSharp;\npublic static class C\n{\n    public static NDArray M(NDArray a)\n    {\n        {\n            return a[\"1:3\"];\n        }\n    }\n}\n");
            var (_, expression) = FlowHarness.Body("using NumSharp;\npublic static class C\n{\n    public static NDArray M(NDArray a) => a[\"1:3\"];\n}\n");
            Assert.True(StraightLine.TryGetStatements(last, out var statements));
            Assert.Equal(2, statements.Length);
            Assert.False(StraightLine.TryGetStatements(nested, out _));
            Assert.True(StraightLine.TryGetStatements(expression, out _));
        }

        [Fact]
        public void A_variable_passed_by_reference_is_left_untracked_as_on_the_graph()
        {
            // The one way a straight-line body hands a variable to code the analysis does not follow (it has no lambda,
            // local function or ref local), so the only case where its flow looks for untracked variables at all.
            var (context, body) = FlowHarness.Body("using NumSharp;\npublic static class C\n{\n    public static void M(NDArray a)\n    {\n        var v = a[\"1:3\"];\n        var w = a[\"0\"];\n        Swap(ref v);\n        v[0] = 1;\n        w[0] = 2;\n    }\n\n    private static void Swap(ref NDArray x) => x = x.copy();\n}\n");
            var withoutGraph = MethodFlow.BuildStraightLine(body, context);
            Assert.NotNull(withoutGraph);
            var v = body.Descendants().OfType<IVariableDeclaratorOperation>().Single(d => d.Symbol.Name == "v").Symbol;
            var w = body.Descendants().OfType<IVariableDeclaratorOperation>().Single(d => d.Symbol.Name == "w").Symbol;
            Assert.False(withoutGraph!.IsTracked(v));
            Assert.True(withoutGraph.IsTracked(w));
            Assert.Equal(Describe(MethodFlow.Build(FlowHarness.Graph(body), context)), Describe(withoutGraph));
        }

        [Fact]
        public void The_rules_flow_of_a_straight_line_body_is_built_without_asking_for_its_graph()
        {
            const string straight = "using NumSharp;\npublic static class C\n{\n    public static void M(NDArray a)\n    {\n        var v = a[\"1:3\"];\n        v[0] = 1;\n    }\n}\n";
            const string branching = "using NumSharp;\npublic static class C\n{\n    public static void M(NDArray a)\n    {\n        var v = a[\"1:3\"];\n        if (a.size > 2) { v[0] = 1; }\n    }\n}\n";
            foreach (var (source, graphAsked) in new[] { (straight, false), (branching, true) })
            {
                var (context, body) = FlowHarness.Body(source);
                bool asked = false;
                var flow = context.FlowOf(body, () =>
                {
                    asked = true;
                    return FlowHarness.Graph(body);
                });
                Assert.NotNull(flow);
                Assert.Single(flow!.Writes);
                Assert.Equal(graphAsked, asked);
            }
        }

        private static string Describe(MethodFlow flow)
        {
            if (flow.IsEmpty)
            {
                return "empty";
            }

            var lines = new List<string>();
            foreach (var w in flow.Writes)
            {
                var holder = w.Chain.Holder;
                lines.Add($"write {At(w.Access.Operation)} target {At(w.Access.Target)} whole {w.Access.IsWholeArray} value {At(w.Access.AssignedValue)} reads {w.Access.AlsoReads}"
                    + $" holder {holder?.Name ?? "-"} by {At(w.Chain.HolderReference)} steps {string.Join(",", w.Chain.ViewSteps.Select(s => At(s.Operation) + ":" + s.Kind))} terminal {(w.Chain.Terminal is { } t ? At(t.Operation) + ":" + t.Kind : "-")}"
                    + $" holds {Value(w.HolderValue)}"
                    + (holder is null ? string.Empty : $" read after {flow.IsReadAfter(holder, w.Point)} written again {flow.IsWrittenAgainAfter(holder, w.Point)}"));
            }

            foreach (var c in flow.CompoundAssignments)
            {
                lines.Add($"compound {At(c.Operation)} on {c.Local.Name} held {Value(c.Value)} read after {flow.IsReadAfter(c.Local, c.Point)}");
            }

            foreach (var m in flow.ManagedWrites)
            {
                lines.Add($"managed write {At(m.Operation)} into {m.Array.Name}: "
                    + string.Join(", ", flow.Assigned.Keys.OrderBy(k => k.Name).Select(k => $"{k.Name} = {Value(flow.ValueOf(k, m.Point))} read after {flow.IsReadAfter(k, m.Point)}")));
            }

            for (int i = 0; i < flow.ReturnValues.Count; i++)
            {
                lines.Add($"return {At(flow.ReturnOperations[i])} = {Value(flow.ReturnValues[i])}");
            }

            foreach (var pair in flow.Assigned.OrderBy(p => p.Key.Name))
            {
                lines.Add($"assigned {pair.Key.Name}: {string.Join(", ", pair.Value.Select(Value))} tracked {flow.IsTracked(pair.Key)}");
            }

            lines.Add($"nested {flow.Nested.Count}");
            return string.Join("\n", lines);
        }

        private static string At(IOperation? operation) => operation is null ? "-" : $"{operation.Syntax}@{operation.Syntax.SpanStart}";

        private static string Value(ArrayValue value) =>
            $"{value.Kind}({value.Root?.Name ?? "-"}, {At(value.Origin)}, {(value.Layout is { } l ? string.Join("x", l.Shape) + "/" + string.Join(",", l.Strides) : "-")}, {value.How ?? "-"}, {value.IsSelection}, {value.CopiedByLayout})";
    }
}
