using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Flow
{
    /// <summary>What a method of the compilation does to its array parameters, seen from a call site.</summary>
    internal sealed class MethodSummary
    {
        public MethodSummary(ImmutableHashSet<int> mutatedParameters, int? returnsViewOfParameter)
        {
            MutatedParameters = mutatedParameters;
            ReturnsViewOfParameter = returnsViewOfParameter;
        }

        /// <summary>Ordinals of parameters the method writes into (directly or through views).</summary>
        public ImmutableHashSet<int> MutatedParameters { get; }

        /// <summary>The ordinal of the parameter every return value is a view of (or the parameter itself).</summary>
        public int? ReturnsViewOfParameter { get; }
    }

    /// <summary>
    /// Per-compilation state of the flow layer, shared by every rule: the bound library tables, the
    /// summaries of the compilation's own methods, and each method's flow (computed once).
    /// </summary>
    internal sealed class FlowContext
    {
        private static readonly ConditionalWeakTable<Compilation, FlowContext> Contexts = new ConditionalWeakTable<Compilation, FlowContext>();

        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary?> _summaries = new ConcurrentDictionary<IMethodSymbol, MethodSummary?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IOperation, FlowEntry> _flows = new ConcurrentDictionary<IOperation, FlowEntry>();
        private int _consumers;
        private readonly ThreadLocal<ImmutableHashSet<IMethodSymbol>> _inProgress = new ThreadLocal<ImmutableHashSet<IMethodSymbol>>(() => ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default));

        private FlowContext(Compilation compilation, LibrarySemantics semantics)
        {
            Compilation = compilation;
            Semantics = semantics;
        }

        public Compilation Compilation { get; }

        public LibrarySemantics Semantics { get; }

        public static FlowContext For(Compilation compilation, LibrarySemantics semantics) =>
            Contexts.GetValue(compilation, c => new FlowContext(c, semantics));

        /// <summary>
        /// The flow of one operation block, shared by every rule that asks for it; null when the block cannot
        /// give any rule something to report (no library array, or no write a rule looks at), in which case
        /// no control flow graph is built at all.
        /// </summary>
        public MethodFlow? FlowOf(IOperation block, System.Func<ControlFlowGraph?> graph) =>
            FlowOf(block, graph, static (g, _) => g());

        /// <inheritdoc cref="FlowOf(IOperation, System.Func{ControlFlowGraph?})"/>
        /// <remarks>The graph is asked of <paramref name="state"/>, so that callers need not allocate a closure per block.</remarks>
        public MethodFlow? FlowOf<TState>(IOperation block, TState state, System.Func<TState, IOperation, ControlFlowGraph?> graph)
        {
            if (!_flows.TryGetValue(block, out var entry))
            {
                entry = _flows.GetOrAdd(block, new FlowEntry(Volatile.Read(ref _consumers)));
            }

            var flow = Volatile.Read(ref entry.Flow);
            if (flow is null)
            {
                lock (entry)
                {
                    flow = entry.Flow;
                    if (flow is null)
                    {
                        flow = NeedsFlow(block) && graph(state, block) is { } cfg ? MethodFlow.Build(cfg, this) : MethodFlow.Empty;
                        Volatile.Write(ref entry.Flow, flow);
                    }
                }
            }

            // The last rule to ask lets the flow go: a compilation's flows are never all alive at once.
            if (Interlocked.Decrement(ref entry.Remaining) == 0)
            {
                _flows.TryRemove(block, out _);
            }

            return flow.IsEmpty ? null : flow;
        }

        /// <summary>
        /// Called by each flow rule at compilation start: how many rules will ask for each block's flow, so that
        /// the shared flow is dropped after the last of them (a rule that never asks only keeps it longer).
        /// </summary>
        public void AddConsumer() => Interlocked.Increment(ref _consumers);

        private sealed class FlowEntry
        {
            public FlowEntry(int consumers)
            {
                Remaining = consumers;
            }

            // Fields, for Interlocked and Volatile. The flow is computed once, under a lock on the entry.
            public MethodFlow? Flow;
            public int Remaining;
        }

        /// <summary>
        /// One scan of the block's operations: whether it touches a library array and contains a write any rule
        /// reports at (every diagnostic sits on a write into an array, a call that mutates one, or a compound
        /// assignment to an array variable). Lambdas and local functions are part of the scan.
        /// </summary>
        public bool NeedsFlow(IOperation block)
        {
            bool touches = false;
            bool writes = false;
            foreach (var operation in block.DescendantsAndSelf())
            {
                touches = touches || TouchesLibraryArray(operation);
                writes = writes || IsCandidateWrite(operation);
                if (touches && writes)
                {
                    return true;
                }
            }

            return false;
        }

        private bool TouchesLibraryArray(IOperation operation) =>
            operation.Type is { } type && (Semantics.LibraryOf(type) is not null || type is IArrayTypeSymbol { ElementType: var element } && Semantics.LibraryOf(element) is not null);

        /// <summary>The operations the flow layer turns into write events (<see cref="MethodFlow"/>'s walk), over-approximated.</summary>
        private bool IsCandidateWrite(IOperation operation)
        {
            switch (operation)
            {
                case IAssignmentOperation assignment:
                    // Simple, compound and ??= assignments (the graph lowers ??= to a simple one).
                    return assignment.Target is IPropertyReferenceOperation or IArrayElementReferenceOperation
                        || assignment is ICompoundAssignmentOperation && IsArrayVariable(assignment.Target);
                case IIncrementOrDecrementOperation increment:
                    return increment.Target is IPropertyReferenceOperation;
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    if (Semantics.Lookup(method) is { } found)
                    {
                        return !found.Member.Mutates.IsEmpty;
                    }

                    // A method of this compilation may write into an array it is given: its summary (which the walk
                    // asks for anyway, and which is cached) says whether it does.
                    return Summarize(method) is { MutatedParameters.Count: > 0 };
                default:
                    return false;
            }
        }

        private bool IsArrayVariable(IOperation target) =>
            target is ILocalReferenceOperation or IParameterReferenceOperation && TouchesLibraryArray(target);

        /// <summary>The summary of a method of this compilation; null for metadata methods, recursion, or code that does not bind.</summary>
        public MethodSummary? Summarize(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.IsEmpty || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor or MethodKind.StaticConstructor))
            {
                return null;
            }

            if (!method.Parameters.Any(p => Semantics.LibraryOf(p.Type) is not null))
            {
                return null;
            }

            if (_summaries.TryGetValue(method, out var known))
            {
                return known;
            }

            var inProgress = _inProgress.Value!;
            if (inProgress.Contains(method))
            {
                return null;
            }

            _inProgress.Value = inProgress.Add(method);
            try
            {
                var summary = ComputeSummary(method);
                return _summaries.GetOrAdd(method, summary);
            }
            finally
            {
                _inProgress.Value = inProgress;
            }
        }

        private MethodSummary? ComputeSummary(IMethodSymbol method)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // A summary needs the callee's body, which lives in another tree than the one being analyzed.
            var model = Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var body = model.GetOperation(syntax);
            ControlFlowGraph? cfg = body switch
            {
                IMethodBodyOperation m => ControlFlowGraph.Create(m),
                IConstructorBodyOperation c => ControlFlowGraph.Create(c),
                _ => null,
            };
            if (cfg is null || Binding.HasErrors(body))
            {
                return null;
            }

            var flow = MethodFlow.Build(cfg, this);
            var mutated = ImmutableHashSet.CreateBuilder<int>();
            foreach (var write in flow.Writes)
            {
                if (write.Chain.Terminal is null && RootOf(write.Chain.Holder, write.HolderValue) is IParameterSymbol p && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method))
                {
                    mutated.Add(p.Ordinal);
                }
            }

            int? returned = null;
            bool first = true;
            foreach (var value in flow.ReturnValues)
            {
                int? ordinal = value.Kind is ValueKind.View or ValueKind.External && value.Root is IParameterSymbol rp && SymbolEqualityComparer.Default.Equals(rp.ContainingSymbol, method)
                    ? rp.Ordinal
                    : (int?)null;
                returned = first ? ordinal : returned == ordinal ? returned : null;
                first = false;
            }

            return new MethodSummary(mutated.ToImmutable(), first ? null : returned);
        }

        /// <summary>The array whose memory a write through <paramref name="holder"/> changes.</summary>
        public static ISymbol? RootOf(ISymbol? holder, ArrayValue value) =>
            value.SharesMemoryWithRoot ? value.Root : value.Kind is ValueKind.External ? value.Root ?? holder : holder;
    }
}
