using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// The flow layer's hot loops rule most operations out by their kind (one virtual call) before their type tests (each a
    /// search of the operation's interfaces): the walk that makes events, and the gate. A kind left out of a guard would
    /// silently skip every operation of it. Over every operation of the test sources and the generated corpus, in the
    /// bodies and in their graphs, each operation of a type a switch takes has a kind its guard lets through.
    /// </summary>
    public class KindGuardTests
    {
        // The types Walk's cases take, and the gate's switch.
        private static readonly Type[] Walked =
        {
            typeof(ISimpleAssignmentOperation), typeof(ICompoundAssignmentOperation), typeof(IIncrementOrDecrementOperation),
            typeof(IInvocationOperation), typeof(IArgumentOperation), typeof(ILocalReferenceOperation), typeof(IParameterReferenceOperation),
            typeof(IFieldReferenceOperation), typeof(IFlowAnonymousFunctionOperation), typeof(IFlowCaptureOperation),
            typeof(IMethodReferenceOperation), typeof(IVariableDeclaratorOperation), typeof(IReturnOperation),
        };

        private static readonly Type[] Gated =
        {
            typeof(IAssignmentOperation), typeof(IIncrementOrDecrementOperation), typeof(IVariableDeclaratorOperation),
            typeof(IForEachLoopOperation), typeof(IInvocationOperation),
        };

        // The types the gate's OriginOf finds a member in.
        private static readonly Type[] Origins =
        {
            typeof(IPropertyReferenceOperation), typeof(IInvocationOperation), typeof(IObjectCreationOperation),
        };

        // Constructs the test sources have few or none of: foreach, deconstruction, ??=, out and ref arguments, local
        // functions, lambdas, method groups, iterators.
        private const string Rare = @"
using System;
using System.Collections.Generic;
using NumSharp;

public static class Rare
{
    public static void Loops(NDArray a, List<NDArray> rows)
    {
        foreach (var row in rows) { row[0] = 1; }
        foreach (var (x, y) in new[] { (a[""0""], a[""1""]) }) { x[0] = 2; y[0] = 3; }
        NDArray? maybe = null;
        maybe ??= a[""1:3""];
        maybe[0] = 3;
        var (p, q) = (a[""0:1""], a.copy());
        p[0] = 4; q[0] = 5;
        int.TryParse(""1"", out var n);
        Bump(ref n);
        void Local() { a[0] = n; }
        Local();
        Action later = () => a[1] = 6;
        Func<NDArray, NDArray> same = Same;
        later();
        Console.WriteLine(same(a));
    }

    private static void Bump(ref int n) => n++;

    private static NDArray Same(NDArray a) => a;

    public static IEnumerable<NDArray> Views(NDArray a)
    {
        yield return a[""0""];
        yield break;
    }
}
";

        /// <summary>
        /// The gate counts a body's statements as the operations whose parent is a block, by adding up each block's
        /// statements when its walk meets the block (instead of asking every operation for its parent): the same number.
        /// </summary>
        [Fact]
        public void A_body_has_as_many_operations_under_blocks_as_its_blocks_have_statements()
        {
            int bodies = 0;
            foreach (var (_, body) in FlowHarness.AllBodies(FlowHarness.PropertySources().Append(Rare)))
            {
                var all = body.DescendantsAndSelf().ToList();
                int underBlocks = all.Count(o => o.Parent?.Kind == OperationKind.Block);
                int inBlocks = all.Where(o => o.Kind == OperationKind.Block).Sum(o => ((IBlockOperation)o).Operations.Length);
                Assert.Equal(underBlocks, inBlocks);
                bodies += underBlocks > 0 ? 1 : 0;
            }

            Assert.True(bodies > 500, $"only {bodies} bodies with statements checked");
        }

        [Fact]
        public void Every_operation_a_switch_takes_has_a_kind_its_guard_lets_through()
        {
            int walked = 0, gated = 0, origins = 0;
            var kinds = new System.Collections.Generic.HashSet<OperationKind>();
            Assert.Empty(TestCompilation.Create(Rare).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            foreach (var (_, body) in FlowHarness.AllBodies(FlowHarness.PropertySources().Append(Rare)))
            {
                var graph = FlowHarness.Graph(body);
                var inGraph = graph.Blocks.SelectMany(b => b.Operations.Concat(b.BranchValue is { } v ? new[] { v } : Array.Empty<IOperation>()));
                foreach (var operation in body.DescendantsAndSelf().Concat(inGraph.SelectMany(o => o.DescendantsAndSelf())))
                {
                    var type = operation.GetType();
                    kinds.Add(operation.Kind);
                    if (Walked.Any(t => t.IsAssignableFrom(type)))
                    {
                        walked++;
                        Assert.True(MethodFlow.MayMakeEvents(operation.Kind), $"the walk's guard skips {operation.Kind} ({type.Name}): {operation.Syntax}");
                    }

                    if (Gated.Any(t => t.IsAssignableFrom(type)))
                    {
                        gated++;
                        Assert.True(FlowContext.MayMatterToGate(operation.Kind), $"the gate's guard skips {operation.Kind} ({type.Name}): {operation.Syntax}");
                    }

                    if (Origins.Any(t => t.IsAssignableFrom(type)))
                    {
                        origins++;
                        Assert.True(FlowContext.MayBeOrigin(operation.Kind), $"the gate's origin guard skips {operation.Kind} ({type.Name}): {operation.Syntax}");
                    }
                }
            }

            Assert.True(walked > 10000 && gated > 1000 && origins > 1000, $"only {walked} walked, {gated} gated and {origins} origin operations checked");
            var missing = new[]
            {
                OperationKind.Loop, OperationKind.DeconstructionAssignment, OperationKind.CoalesceAssignment, OperationKind.CompoundAssignment,
                OperationKind.Increment, OperationKind.FlowAnonymousFunction, OperationKind.FlowCapture, OperationKind.MethodReference,
                OperationKind.YieldReturn, OperationKind.YieldBreak, OperationKind.Argument,
            }.Where(k => !kinds.Contains(k));
            Assert.Empty(missing);
        }
    }
}
