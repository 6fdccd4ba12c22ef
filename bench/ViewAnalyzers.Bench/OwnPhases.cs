using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Rules;

namespace ViewAnalyzers.Bench
{
    /// <summary>
    /// The flow layer's own work over a whole compilation, phase by phase, on operation trees made once (no driver, no
    /// other analyzer): the gate over every body, Roslyn building the graphs of the bodies it lets through that are not
    /// straight-line, the flows, every write's "read later" and "written again" questions, and the flow rules as the
    /// driver's callbacks run them. Before them, a yardstick: a plain walk that counts every operation of every body,
    /// work that is linear in the code by construction. The summaries of called methods are computed in the first
    /// repetition and kept (here each asks a semantic model the driver would have cached). The least of N repetitions,
    /// and the bytes each phase allocates in the last.
    /// </summary>
    /// <remarks>
    /// Repeated, a body small enough for the processor's caches stays in them from one repetition to the next, and a
    /// large one does not: what no build does, where each body is analyzed once. With <c>cold</c>, every phase starts
    /// after a walk through memory far larger than the caches, so bodies of every size start alike.
    /// </remarks>
    internal static class OwnPhases
    {
        public static readonly string[] Names = { "walk", "gate", "graphs", "flows", "questions", "rules" };

        public static PhaseTimes Measure(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> viewAnalyzers, bool noLimit, bool cold, int runs)
        {
            var compilation = fresh();
            var semantics = ViewAnalyzers.Semantics.LibrarySemantics.For(compilation)!;
            var bodies = new List<IOperation>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
                {
                    if (model.GetOperation(method) is { } body)
                    {
                        // Every operation made now, as the driver makes them before the analyzers' callbacks.
                        _ = body.Descendants().Count();
                        bodies.Add(body);
                    }
                }
            }

            var graphs = new Dictionary<IOperation, ControlFlowGraph>();
            ControlFlowGraph GraphOf(IOperation body) =>
                graphs.TryGetValue(body, out var g) ? g : graphs[body] = ControlFlowGraph.Create((IMethodBodyOperation)body);
            var flowRules = viewAnalyzers.OfType<FlowRuleBase>().ToList();
            var best = Names.Select(_ => double.MaxValue).ToArray();
            var bytes = new long[Names.Length];
            int gatedCount = 0, answers = 0, reported = 0, operations = 0;
            var flush = cold ? new byte[128 << 20] : null;
            for (int round = 0; round < runs; round++)
            {
                var flows = FlowContext.For(compilation, semantics);
                var times = new double[Names.Length];
                var allocated = new long[Names.Length];
                void Phase(int index, Action work)
                {
                    if (flush is not null)
                    {
                        long sum = 0;
                        for (int i = 0; i < flush.Length; i += 64)
                        {
                            sum += flush[i]++;
                        }

                        GC.KeepAlive(sum);
                    }

                    long before = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    work();
                    times[index] = watch.Elapsed.TotalMilliseconds;
                    allocated[index] = GC.GetAllocatedBytesForCurrentThread() - before;
                }

                Phase(0, () =>
                {
                    operations = 0;
                    foreach (var body in bodies)
                    {
                        operations += Count(body);
                    }
                });
                var gated = new List<IOperation>();
                Phase(1, () => gated.AddRange(bodies.Where(b => flows.NeedsFlow(b, noLimit ? 0 : FlowContext.DefaultMaxStatements))));
                // The graphs of the gated bodies that are not straight-line, made afresh (Roslyn's work), before the flows are timed.
                graphs.Clear();
                Phase(2, () =>
                {
                    foreach (var body in gated)
                    {
                        if (!StraightLine.TryGetStatements(body, out _))
                        {
                            GraphOf(body);
                        }
                    }
                });

                var built = new List<(IOperation Body, MethodFlow Flow)>();
                // Each body's method, as the driver gives it to the callbacks (its owning symbol).
                var owners = gated.ToDictionary(b => b, b => b.SemanticModel!.GetDeclaredSymbol(b.Syntax));
                Phase(3, () => built.AddRange(gated.Select(b => (b, MethodFlow.BuildBody(b, flows, 0, (_, body) => GraphOf(body), owners[b]) ?? MethodFlow.Empty))));
                Phase(4, () =>
                {
                    answers = 0;
                    foreach (var flow in built.SelectMany(f => f.Flow.All()))
                    {
                        foreach (var fact in flow.Writes)
                        {
                            if (fact.Chain.Holder is { } holder)
                            {
                                answers += (flow.IsReadAfter(holder, fact.Point) ? 1 : 0) + (flow.IsWrittenAgainAfter(holder, fact.Point) ? 1 : 0);
                            }
                        }
                    }
                });
                // Every flow rule over every flow, as the driver's operation block callbacks run them (diagnostics counted, not kept).
                Phase(5, () =>
                {
                    reported = 0;
                    foreach (var (body, flow) in built)
                    {
#pragma warning disable CS0618 // the public constructor, obsolete for analyzer tests (a driver makes these); here it is the point
                        var context = new OperationBlockAnalysisContext(
                            ImmutableArray.Create(body), owners[body]!, compilation,
                            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), _ => reported++, _ => true, CancellationToken.None);
#pragma warning restore CS0618
                        foreach (var rule in flowRules)
                        {
                            foreach (var each in flow.All())
                            {
                                rule.Analyze(new FlowRuleContext(context, each, flows));
                            }
                        }
                    }
                });
                gatedCount = gated.Count;
                for (int i = 0; i < Names.Length; i++)
                {
                    best[i] = Math.Min(best[i], times[i]);
                    bytes[i] = allocated[i];
                }
            }

            return new PhaseTimes(best, bytes, bodies.Count, gatedCount, operations, answers, reported, runs, cold);
        }

        private static int Count(IOperation operation)
        {
            int count = 1;
            foreach (var child in operation.ChildOperations)
            {
                count += Count(child);
            }

            return count;
        }
    }

    /// <summary>The least time of each phase over the repetitions (ms), and the bytes each allocated in the last.</summary>
    internal sealed record PhaseTimes(double[] Best, long[] Bytes, int Bodies, int Gated, int Operations, int Answers, int Reported, int Runs, bool Cold)
    {
        /// <summary>The yardstick: a plain walk over every operation of every body.</summary>
        public double Walk => Best[0];

        /// <summary>ViewAnalyzers' own work: the gate, the flows, the questions and the rules (not Roslyn's graphs).</summary>
        public double Own => Best[1] + Best[3] + Best[4] + Best[5];

        public override string ToString() =>
            FormattableString.Invariant($"{Bodies} bodies ({Operations} operations), {Gated} through the gate, {Answers} yes answers, {Reported} diagnostics; least of {Runs}{(Cold ? ", each phase from cold caches" : "")}: ")
            + string.Join(", ", OwnPhases.Names.Select((n, i) => FormattableString.Invariant($"{n} {Best[i]:F2} ms ({Bytes[i] / 1e6:F2} MB)")))
            + FormattableString.Invariant($"; own (gate, flows, questions, rules) {Own:F2} ms");
    }
}
