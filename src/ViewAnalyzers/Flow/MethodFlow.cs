using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Flow
{
    /// <summary>A write into an array: an indexer setter, a mutating call, or an argument a method writes into.</summary>
    internal sealed class WriteAccess
    {
        public WriteAccess(IOperation operation, IOperation target, bool isWholeArray, IOperation? assignedValue, bool alsoReads)
        {
            Operation = operation;
            Target = target;
            IsWholeArray = isWholeArray;
            AssignedValue = assignedValue;
            AlsoReads = alsoReads;
        }

        /// <summary>The writing operation (assignment, invocation).</summary>
        public IOperation Operation { get; }

        /// <summary>The array expression written into (a receiver or an argument).</summary>
        public IOperation Target { get; }

        /// <summary>Every element is written: <c>x[":"] = v</c>, <c>x["..."] = v</c>, <c>x.fill(v)</c>.</summary>
        public bool IsWholeArray { get; }

        /// <summary>For a whole-array write, the value written.</summary>
        public IOperation? AssignedValue { get; }

        /// <summary>The write also reads the array first (compound element assignment).</summary>
        public bool AlsoReads { get; }
    }

    /// <summary>
    /// How a write target reaches storage: through zero or more view steps (<c>a["1:3"].T</c>) down to a
    /// variable (<see cref="Holder"/>), or stopping at a step that is not a view (<see cref="Terminal"/>: a
    /// copy, a read-only view, or something unknown).
    /// </summary>
    internal sealed class TargetChain
    {
        public TargetChain(ImmutableArray<Step> viewSteps, Step? terminal, ISymbol? holder, IOperation? holderReference)
        {
            ViewSteps = viewSteps;
            Terminal = terminal;
            Holder = holder;
            HolderReference = holderReference;
        }

        public ImmutableArray<Step> ViewSteps { get; }

        public Step? Terminal { get; }

        public ISymbol? Holder { get; }

        public IOperation? HolderReference { get; }

        /// <summary>The write goes into a variable directly, not through a slice expression.</summary>
        public bool IsDirect => ViewSteps.IsEmpty && Holder is not null;
    }

    internal sealed class WriteFact
    {
        public WriteFact(WriteAccess access, TargetChain chain, ArrayValue holderValue, ProgramPoint point)
        {
            Access = access;
            Chain = chain;
            HolderValue = holderValue;
            Point = point;
        }

        public WriteAccess Access { get; }

        public TargetChain Chain { get; }

        /// <summary>What the holder variable held just before the write.</summary>
        public ArrayValue HolderValue { get; }

        public ProgramPoint Point { get; }
    }

    internal sealed class CompoundAssignmentFact
    {
        public CompoundAssignmentFact(ICompoundAssignmentOperation operation, ISymbol local, ArrayValue value, ProgramPoint point)
        {
            Operation = operation;
            Local = local;
            Value = value;
            Point = point;
        }

        public ICompoundAssignmentOperation Operation { get; }

        public ISymbol Local { get; }

        /// <summary>What the local held before the compound assignment rebound it.</summary>
        public ArrayValue Value { get; }

        public ProgramPoint Point { get; }
    }

    /// <summary>A write into an element of a .NET array variable (<c>data[0] = 5</c>).</summary>
    internal sealed class ManagedWriteFact
    {
        public ManagedWriteFact(IOperation operation, ISymbol array, ProgramPoint point)
        {
            Operation = operation;
            Array = array;
            Point = point;
        }

        public IOperation Operation { get; }

        public ISymbol Array { get; }

        public ProgramPoint Point { get; }
    }

    /// <summary>A position between two events of a basic block.</summary>
    internal readonly struct ProgramPoint
    {
        public ProgramPoint(int block, int index)
        {
            Block = block;
            Index = index;
        }

        public int Block { get; }

        public int Index { get; }
    }

    /// <summary>
    /// The flow analysis of one method body (or lambda, or local function) over Roslyn's control flow graph (or, for a
    /// straight-line body, over its statements as the graph's one block: StraightLine.cs).
    /// A forward pass computes what every local holds at every write; path queries answer whether a variable
    /// is read later. Unknown is the answer whenever the analysis cannot be sure, and rules stay silent then.
    /// Finally and catch regions get explicit edges (entered from their try blocks, left to every
    /// destination), lambdas and local functions count as reads of what they capture, and variables they
    /// assign are never tracked.
    /// </summary>
    internal sealed partial class MethodFlow
    {
        public static readonly MethodFlow Empty = new MethodFlow();

        private readonly List<List<FlowEvent>> _events = new List<List<FlowEvent>>();

        // Every variable an event names, and every variable a write goes into, numbered densely in the order met.
        private readonly VariableNumbers _ids = new VariableNumbers();
        private Edges _successors;
        private Edges _predecessors;
        // Made when the walk meets the first (only graphs have captures and lambdas; written only while the flow is built).
        private Dictionary<CaptureId, List<IOperation>>? _captures;

        // Names of variables assigned in a lambda or by reference; most bodies have none.
        private HashSet<string>? _untrackedNames;
        private List<IFlowAnonymousFunctionOperation>? _lambdas;
        private Dictionary<SyntaxNode, ImmutableHashSet<string>>? _capturedNames;
        private readonly FlowContext? _context;

        // What the flow is built on: Roslyn's graph of the body, or (a straight-line body, see StraightLine.cs) the
        // body's own statements, as the one block between an empty entry and exit. _root is the body either way.
        private readonly ControlFlowGraph? _graph;
        private readonly ImmutableArray<IOperation> _statements;
        private readonly IOperation? _root;

        private MethodFlow()
        {
        }

        private MethodFlow(ControlFlowGraph graph, FlowContext context, ISymbol? owner)
        {
            _graph = graph;
            _root = graph.OriginalOperation;
            _context = context;
            Owner = owner;
        }

        /// <summary>The method, local function or lambda this flow belongs to.</summary>
        public ISymbol? Owner { get; }

        public bool IsEmpty => _root is null;

        /// <summary>Entry, the statements, exit: the blocks of a flow built without a graph.</summary>
        private const int StraightLineBlocks = 3;

        private int BlockCount => _graph?.Blocks.Length ?? StraightLineBlocks;

        public List<WriteFact> Writes { get; } = new List<WriteFact>();

        public List<CompoundAssignmentFact> CompoundAssignments { get; } = new List<CompoundAssignmentFact>();

        public List<ManagedWriteFact> ManagedWrites { get; } = new List<ManagedWriteFact>();

        /// <summary>What each return statement returns.</summary>
        public List<ArrayValue> ReturnValues { get; } = new List<ArrayValue>();

        /// <summary>The operations each return statement returns.</summary>
        public List<IOperation> ReturnOperations { get; } = new List<IOperation>();

        /// <summary>Every value assigned to each variable on some path, with where (used to see aliasing).</summary>
        public Dictionary<ISymbol, List<ArrayValue>> Assigned { get; } = new Dictionary<ISymbol, List<ArrayValue>>(SymbolEqualityComparer.Default);

        // The lists of Assigned by variable number: a variable's first assignment makes its entry, the rest only add to it.
        private List<ArrayValue>?[] _assignedById = System.Array.Empty<List<ArrayValue>?>();

        internal void AddAssigned(ISymbol symbol, int id, ArrayValue value)
        {
            if (id >= _assignedById.Length)
            {
                System.Array.Resize(ref _assignedById, System.Math.Max(id + 1, 2 * _assignedById.Length));
            }

            if (_assignedById[id] is not { } list)
            {
                Assigned[symbol] = _assignedById[id] = list = new List<ArrayValue>(1);
            }

            list.Add(value);
        }

        /// <summary>The flows of lambdas and local functions inside this body, analyzed on their own.</summary>
        public List<MethodFlow> Nested { get; } = new List<MethodFlow>();

        public static MethodFlow Build(ControlFlowGraph graph, FlowContext context, ISymbol? owner = null)
        {
            owner ??= graph.OriginalOperation.SemanticModel?.GetDeclaredSymbol(graph.OriginalOperation.Syntax)
                ?? graph.OriginalOperation.SemanticModel?.GetEnclosingSymbol(graph.OriginalOperation.Syntax.SpanStart);
            var flow = new MethodFlow(graph, context, owner);
            flow.BuildEdges();
            flow.CollectUntracked();
            flow.BuildEvents();
            if (!flow.Solve())
            {
                return Empty;
            }

            foreach (var localFunction in graph.LocalFunctions)
            {
                flow.Nested.Add(Build(graph.GetLocalFunctionControlFlowGraph(localFunction), context, localFunction));
            }

            // The lambdas the scan for untracked variables met, in the order of the graph.
            if (flow._lambdas is { } lambdas)
            {
                foreach (var lambda in lambdas)
                {
                    flow.Nested.Add(Build(graph.GetAnonymousFunctionControlFlowGraph(lambda), context, lambda.Symbol));
                }

                flow._lambdas = null;
            }
            return flow;
        }

        /// <summary>This flow and every nested one.</summary>
        public IEnumerable<MethodFlow> All()
        {
            if (IsEmpty)
            {
                yield break;
            }

            yield return this;
            foreach (var nested in Nested)
            {
                foreach (var flow in nested.All())
                {
                    yield return flow;
                }
            }
        }

        /// <summary>Whether <paramref name="symbol"/> is read on some path after <paramref name="point"/>, before it is assigned again.</summary>
        public bool IsReadAfter(ISymbol symbol, ProgramPoint point)
        {
            // A variable no event names has no number: nothing reads it.
            int id = ExistingId(symbol);
            if (id < 0)
            {
                return false;
            }

            var events = _events[point.Block];
            for (int i = point.Index + 1; i < events.Count; i++)
            {
                var e = events[i];
                if (e.SymbolId != id)
                {
                    continue;
                }

                if (e.Kind == EventKind.Read)
                {
                    return true;
                }

                if (e.Kind is EventKind.Assign or EventKind.Kill)
                {
                    return false;
                }
            }

            return SetAtSomeSuccessor(Liveness(), id, point.Block);
        }

        private BackwardSets? _liveness;
        private BackwardSets? _writtenAgain;

        /// <summary>
        /// Backward liveness of every variable at once, over bitsets: a variable is live at a block's entry when a
        /// path from there reads it before assigning it. Computed once per flow, then each query is a bit test.
        /// </summary>
        private BackwardSets Liveness() => _liveness ??= Backward(IsRead, IsAssigned, sparse: null);

        // Each names the variable an event generates or kills for a backward pass, by its number (-1 for none).
        private static readonly System.Func<FlowEvent, int> IsRead = e => e.Kind == EventKind.Read ? e.SymbolId : -1;
        private static readonly System.Func<FlowEvent, int> IsAssigned = e => e.Kind is EventKind.Assign or EventKind.Kill ? e.SymbolId : -1;
        private static readonly System.Func<FlowEvent, int> IsWrittenInto = e => e.Kind == EventKind.Write && e.Write is not null ? e.HolderId : -1;
        private static readonly System.Func<FlowEvent, int> IsUsed = e => e.Kind is EventKind.Assign or EventKind.Kill or EventKind.Read ? e.SymbolId : -1;

        /// <summary>
        /// The same backward pass for "written into again": a variable is set at a block's entry when a path from
        /// there writes into its array before reading, assigning or killing it.
        /// </summary>
        private BackwardSets WrittenAgain() => _writtenAgain ??= Backward(IsWrittenInto, IsUsed, sparse: null);

        /// <summary>For tests: both backward passes computed both ways (bitsets, and per group of 64 variables a window of words) agree on every variable and block.</summary>
        internal bool BackwardRepresentationsAgree()
        {
            foreach (var (gen, kill) in new[] { (IsRead, IsAssigned), (IsWrittenInto, IsUsed) })
            {
                var dense = Backward(gen, kill, sparse: false);
                var sparse = Backward(gen, kill, sparse: true);
                for (int id = 0; id < _ids.Count; id++)
                {
                    for (int b = 0; b < _events.Count; b++)
                    {
                        if (dense.Has(id, b) != sparse.Has(id, b))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>Whether a backward pass's set holds <paramref name="symbol"/> at the entry of some successor of <paramref name="block"/>.</summary>
        private bool SetAtSomeSuccessor(BackwardSets pass, int id, int block)
        {
            foreach (var successor in _successors[block])
            {
                if (pass.Has(id, successor))
                {
                    return true;
                }
            }

            return false;
        }

        // Above this many words of bits per set (blocks times variables / 64), a pass keeps, per group of 64 variables,
        // a word per block over only the window of blocks their sets span: in a long method most variables live over a
        // few blocks, and full bitsets would grow with the square of the method's length.
        private const int DenseLimit = 1 << 14;

        /// <summary>
        /// A backward "some path reaches a <paramref name="gen"/> event of the variable before a <paramref name="kill"/>
        /// event of it" analysis of every variable at once: the set at each block's entry. Bitsets for ordinary bodies;
        /// for long ones (or with <paramref name="sparse"/>), 64 variables at a time from the blocks that generate one
        /// back through predecessors that do not decide it, which costs about what the groups' windows cover.
        /// </summary>
        private BackwardSets Backward(System.Func<FlowEvent, int> gen, System.Func<FlowEvent, int> kill, bool? sparse)
        {
            // The pass's variables, numbered in the order they are first met, by the flow's number (-1: not the pass's).
            var index = new int[_ids.Count];
            Fill(index, -1);
            int variables = 0;
            foreach (var events in _events)
            {
                foreach (var e in events)
                {
                    int id = Decided(e, gen, kill, out _);
                    if (id >= 0 && index[id] < 0)
                    {
                        index[id] = variables++;
                    }
                }
            }

            int words = (variables + 63) >> 6;
            int blocks = _events.Count;
            if (sparse ?? (long)blocks * words > DenseLimit)
            {
                return BackwardSparse(gen, kill, index, variables);
            }

            // One row of bits per block, all rows in one array.
            var genSets = new ulong[blocks * words];
            var killSets = new ulong[blocks * words];
            var live = new ulong[blocks * words];
            for (int b = 0; b < blocks; b++)
            {
                // Walk backwards: the first event of a variable in the block decides for it.
                int row = b * words;
                var events = _events[b];
                for (int i = events.Count - 1; i >= 0; i--)
                {
                    int id = Decided(events[i], gen, kill, out bool generated);
                    if (id < 0)
                    {
                        continue;
                    }

                    int bit = index[id];
                    if (generated)
                    {
                        genSets[row + (bit >> 6)] |= 1UL << (bit & 63);
                        killSets[row + (bit >> 6)] &= ~(1UL << (bit & 63));
                    }
                    else
                    {
                        killSets[row + (bit >> 6)] |= 1UL << (bit & 63);
                        genSets[row + (bit >> 6)] &= ~(1UL << (bit & 63));
                    }
                }
            }

            var outSet = new ulong[words];
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int b = blocks - 1; b >= 0; b--)
                {
                    System.Array.Clear(outSet, 0, words);
                    foreach (var successor in _successors[b])
                    {
                        int from = successor * words;
                        for (int w = 0; w < words; w++)
                        {
                            outSet[w] |= live[from + w];
                        }
                    }

                    int row = b * words;
                    for (int w = 0; w < words; w++)
                    {
                        ulong next = genSets[row + w] | (outSet[w] & ~killSets[row + w]);
                        if (next != live[row + w])
                        {
                            live[row + w] = next;
                            changed = true;
                        }
                    }
                }
            }

            return new BackwardSets(index, live, words);
        }

        private BackwardSets BackwardSparse(System.Func<FlowEvent, int> gen, System.Func<FlowEvent, int> kill, int[] index, int variables)
        {
            // Each block's decision for a variable is its first gen or kill event there. All decisions in one array,
            // grouped by variable (counted first, then placed): block << 1, plus 1 for gen.
            int blocks = _events.Count;
            var stamp = new int[variables];
            var first = new int[variables + 1];
            Fill(stamp, -1);
            for (int b = 0; b < blocks; b++)
            {
                foreach (var e in _events[b])
                {
                    int id = Decided(e, gen, kill, out _);
                    if (id >= 0)
                    {
                        int v = index[id];
                        if (stamp[v] != b)
                        {
                            stamp[v] = b;
                            first[v + 1]++;
                        }
                    }
                }
            }

            for (int v = 0; v < variables; v++)
            {
                first[v + 1] += first[v];
            }

            var decisions = new int[first[variables]];
            var next = (int[])first.Clone();
            Fill(stamp, -1);
            for (int b = 0; b < blocks; b++)
            {
                foreach (var e in _events[b])
                {
                    int id = Decided(e, gen, kill, out bool generated);
                    if (id >= 0)
                    {
                        int v = index[id];
                        if (stamp[v] != b)
                        {
                            stamp[v] = b;
                            decisions[next[v]++] = (b << 1) | (generated ? 1 : 0);
                        }
                    }
                }
            }

            // For each group of 64 variables (by index: about the order in which they first appear), one word of bits
            // per block, 64 variables at a time: backwards from the blocks that generate one of them through every
            // predecessor whose first event of it is neither a gen nor a kill. Blocks are taken highest first, so a
            // block hears from all its successors but loop heads before it passes its bits on (a back edge sends the
            // walk up again). Per variable this would cost the sum of the variables' live ranges, which grows with the
            // square of a long method whose variables live to its end. The words of the blocks reached are kept over
            // the window from the first to the last of them.
            int groups = (variables + 63) >> 6;
            var live = new ulong[blocks];
            var decided = new ulong[blocks];
            var dirty = new bool[blocks];
            var windows = new GroupWindows(groups);
            for (int g = 0; g < groups; g++)
            {
                int low = int.MaxValue, high = -1, decidedLow = int.MaxValue, decidedHigh = -1, dirtyCount = 0;
                int end = System.Math.Min(variables, (g + 1) << 6);
                for (int v = g << 6; v < end; v++)
                {
                    ulong bit = 1UL << (v & 63);
                    for (int d = first[v]; d < first[v + 1]; d++)
                    {
                        int b = decisions[d] >> 1;
                        decided[b] |= bit;
                        decidedLow = System.Math.Min(decidedLow, b);
                        decidedHigh = System.Math.Max(decidedHigh, b);
                        if ((decisions[d] & 1) != 0)
                        {
                            Reach(b, bit);
                        }
                    }
                }

                for (int b = high; dirtyCount > 0; )
                {
                    if (!dirty[b])
                    {
                        b--;
                        continue;
                    }

                    dirty[b] = false;
                    dirtyCount--;
                    ulong bits = live[b];
                    int after = b - 1;
                    foreach (var predecessor in _predecessors[b])
                    {
                        ulong added = bits & ~decided[predecessor] & ~live[predecessor];
                        if (added == 0)
                        {
                            continue;
                        }

                        Reach(predecessor, added);
                        after = System.Math.Max(after, predecessor);
                    }

                    b = after;
                }

                windows.Add(g, low, high, live);
                if (high >= 0)
                {
                    System.Array.Clear(live, low, high - low + 1);
                }

                if (decidedHigh >= 0)
                {
                    System.Array.Clear(decided, decidedLow, decidedHigh - decidedLow + 1);
                }

                // Adds bits to a block's set, widening the window, and has the block pass them on.
                void Reach(int block, ulong bits)
                {
                    live[block] |= bits;
                    low = System.Math.Min(low, block);
                    high = System.Math.Max(high, block);
                    if (!dirty[block])
                    {
                        dirty[block] = true;
                        dirtyCount++;
                    }
                }
            }

            return new BackwardSets(index, windows);
        }

        /// <summary>The number of the variable <paramref name="e"/> generates (then <paramref name="generated"/>) or else kills for a backward pass; -1 for none.</summary>
        private static int Decided(FlowEvent e, System.Func<FlowEvent, int> gen, System.Func<FlowEvent, int> kill, out bool generated)
        {
            int id = gen(e);
            generated = id >= 0;
            return generated ? id : kill(e);
        }

        private static void Fill(int[] array, int value)
        {
            for (int i = 0; i < array.Length; i++)
            {
                array[i] = value;
            }
        }

        /// <summary>Whether another write reachable after <paramref name="point"/> goes into <paramref name="symbol"/> before it is read or reassigned.</summary>
        public bool IsWrittenAgainAfter(ISymbol symbol, ProgramPoint point)
        {
            // A variable no event names has no number: nothing writes into it (every write's holder has one).
            int id = ExistingId(symbol);
            if (id < 0)
            {
                return false;
            }

            var events = _events[point.Block];
            for (int i = point.Index + 1; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Kind == EventKind.Write && e.Write is not null && e.HolderId == id)
                {
                    return true;
                }

                if (e.SymbolId == id && e.Kind is EventKind.Assign or EventKind.Kill or EventKind.Read)
                {
                    return false;
                }
            }

            return SetAtSomeSuccessor(WrittenAgain(), id, point.Block);
        }

        /// <summary>True when the value held by <paramref name="symbol"/> may also be held by another variable.</summary>
        public bool IsAliased(ISymbol symbol, ArrayValue value)
        {
            if (value.Origin is null)
            {
                return true;
            }

            if (_holders is null)
            {
                // By variable number: the variables assigned a value of each origin.
                var holders = new Dictionary<IOperation, HashSet<int>>();
                for (int id = 0; id < _assignedById.Length; id++)
                {
                    if (_assignedById[id] is not { } values)
                    {
                        continue;
                    }

                    foreach (var assigned in values)
                    {
                        if (assigned.Origin is { } origin)
                        {
                            if (!holders.TryGetValue(origin, out var set))
                            {
                                holders[origin] = set = new HashSet<int>();
                            }

                            set.Add(id);
                        }
                    }
                }

                _holders = holders;
            }

            // Some variable other than this one holds it (a variable with no number is none of them).
            return _holders.TryGetValue(value.Origin, out var ids) && (ids.Count > 1 || !ids.Contains(ExistingId(symbol)));
        }

        private Dictionary<IOperation, HashSet<int>>? _holders;

        /// <summary>Whether some return statement returns <paramref name="symbol"/> or a value computed from it.</summary>
        public bool ReturnsValueComputedFrom(ISymbol symbol)
        {
            foreach (var returned in ReturnOperations)
            {
                if (Mentions(returned, symbol, 0))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Mentions(IOperation operation, ISymbol symbol, int depth)
        {
            foreach (var d in new OperationWalk(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(SymbolOf(d), symbol))
                {
                    return true;
                }

                if (d is IFlowCaptureReferenceOperation capture && depth < 8 && _captures is not null && _captures.TryGetValue(capture.Id, out var values))
                {
                    foreach (var value in values)
                    {
                        if (Mentions(value, symbol, depth + 1))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>What <paramref name="symbol"/> holds at <paramref name="point"/>.</summary>
        /// <remarks>
        /// Replays the block's transfer, which uses the flow's scratch fields (layouts, external values): not for two
        /// threads at once on one flow. The rules share a flow across threads; only VA0008 calls this, from its one
        /// callback per block. A rule that needs it too should get the value recorded by the forward pass instead.
        /// </remarks>
        public ArrayValue ValueOf(ISymbol symbol, ProgramPoint point)
        {
            var state = StateAt(point);
            return state is null ? ArrayValue.Unknown : ValueOf(symbol, state);
        }

        private void Untrack(string name) => (_untrackedNames ??= new HashSet<string>()).Add(name);

        /// <summary>Whether the variable is one the analysis does not follow (assigned in a lambda, or by reference).</summary>
        public bool IsTracked(ISymbol symbol) => _untrackedNames is null || !_untrackedNames.Contains(symbol.Name);

        /// <summary>
        /// Whether <paramref name="operation"/>, an operation of this flow's body, or anything under it does not bind (the
        /// rules stay silent there). The whole body is searched once, on the first question (a straight-line body is while
        /// it is checked); only in a body that does not bind everywhere is each operation searched.
        /// </summary>
        public bool HasErrors(IOperation operation)
        {
            // Rules share a flow across threads: two first questions at once search it twice and agree.
            int body = Volatile.Read(ref _bodyBinds);
            if (body == BodyNotSearched)
            {
                body = BodyBindsWhen(_root is not null && !Binding.HasErrors(_root));
                Volatile.Write(ref _bodyBinds, body);
            }

            return body == BodyHasErrors && Binding.HasErrors(operation);
        }

        // What HasErrors knows of the body: not searched yet, binds everywhere, or does not (an int, for Volatile).
        private const int BodyNotSearched = 0;
        private const int BodyBinds = 1;
        private const int BodyHasErrors = 2;
        private int _bodyBinds;

        private static int BodyBindsWhen(bool binds) => binds ? BodyBinds : BodyHasErrors;

        // ---------------------------------------------------------------- graph

        private void BuildEdges()
        {
            if (_graph is null)
            {
                // Entry to the statements to exit: the same (read-only) edges for every straight-line flow.
                _successors = StraightLineEdges.Successors;
                _predecessors = StraightLineEdges.Predecessors;
                return;
            }

            var blocks = _graph.Blocks;
            var edges = new List<long>();
            var regions = new List<ControlFlowRegion>();
            AddRegions(_graph!.Root, regions);

            // Most bodies have no finally: then no branch passes through one, and Roslyn need not be asked.
            bool anyFinally = regions.Exists(r => r.Kind == ControlFlowRegionKind.Finally);
            foreach (var block in blocks)
            {
                AddBranchEdges(edges, block.Ordinal, block.FallThroughSuccessor, anyFinally);
                AddBranchEdges(edges, block.Ordinal, block.ConditionalSuccessor, anyFinally);
            }

            // An exception may leave any block of a try: its catch and finally handlers are reachable from each.
            foreach (var region in regions)
            {
                if (region.Kind is not (ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally) || region.NestedRegions.Length < 2)
                {
                    continue;
                }

                var tryRegion = region.NestedRegions[0];
                for (int h = 1; h < region.NestedRegions.Length; h++)
                {
                    var handler = region.NestedRegions[h];
                    for (int b = tryRegion.FirstBlockOrdinal; b <= tryRegion.LastBlockOrdinal; b++)
                    {
                        AddEdge(edges, b, handler.FirstBlockOrdinal);
                    }
                }
            }

            _successors = Edges.From(edges, blocks.Length, reversed: false);
            _predecessors = Edges.From(edges, blocks.Length, reversed: true);
        }

        private void AddBranchEdges(List<long> edges, int from, ControlFlowBranch? branch, bool anyFinally)
        {
            if (branch is null)
            {
                return;
            }

            if (!anyFinally || branch.FinallyRegions.IsEmpty)
            {
                if (branch.Destination is { } direct)
                {
                    AddEdge(edges, from, direct.Ordinal);
                }

                return;
            }

            // Through each finally on the way: its exit blocks lead on to the next one, then to the destination.
            var sources = new List<int> { from };
            foreach (var region in branch.FinallyRegions)
            {
                foreach (var source in sources)
                {
                    AddEdge(edges, source, region.FirstBlockOrdinal);
                }

                sources = ExitBlocks(region);
            }

            if (branch.Destination is { } destination)
            {
                foreach (var source in sources)
                {
                    AddEdge(edges, source, destination.Ordinal);
                }
            }
        }

        private List<int> ExitBlocks(ControlFlowRegion region)
        {
            var exits = new List<int>();
            for (int b = region.FirstBlockOrdinal; b <= region.LastBlockOrdinal; b++)
            {
                if (_graph!.Blocks[b].FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.StructuredExceptionHandling)
                {
                    exits.Add(b);
                }
            }

            return exits;
        }

        private static void AddRegions(ControlFlowRegion region, List<ControlFlowRegion> into)
        {
            into.Add(region);
            foreach (var nested in region.NestedRegions)
            {
                AddRegions(nested, into);
            }
        }

        private static void AddEdge(List<long> edges, int from, int to) => edges.Add(((long)from << 32) | (uint)to);

        private static class StraightLineEdges
        {
            public static readonly Edges Successors = From(reversed: false);
            public static readonly Edges Predecessors = From(reversed: true);

            private static Edges From(bool reversed)
            {
                var edges = new List<long>();
                AddEdge(edges, 0, 1);
                AddEdge(edges, 1, 2);
                return Edges.From(edges, StraightLineBlocks, reversed);
            }
        }

        // ---------------------------------------------------------------- events

        private void CollectUntracked()
        {
            VisitAllOperations(descendant =>
            {
                if (descendant is IFlowAnonymousFunctionOperation lambda)
                {
                    AddAssignedNames(lambda.Syntax);
                    (_lambdas ??= new List<IFlowAnonymousFunctionOperation>()).Add(lambda);
                }
                else if (descendant is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument)
                {
                    if (ResolvedLibrary.Unwrap(argument.Value) is ILocalReferenceOperation or IParameterReferenceOperation)
                    {
                        Untrack(SymbolOf(ResolvedLibrary.Unwrap(argument.Value))!.Name);
                    }
                }
                else if (descendant is ILocalReferenceOperation { Local.RefKind: not RefKind.None } byRef)
                {
                    Untrack(byRef.Local.Name);
                }
            });

            foreach (var localFunction in _graph?.LocalFunctions ?? ImmutableArray<IMethodSymbol>.Empty)
            {
                foreach (var reference in localFunction.DeclaringSyntaxReferences)
                {
                    AddAssignedNames(reference.GetSyntax());
                }
            }
        }

        private void AddAssignedNames(SyntaxNode syntax)
        {
            foreach (var node in syntax.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax name }:
                        Untrack(name.Identifier.ValueText);
                        break;
                    case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax name }:
                        Untrack(name.Identifier.ValueText);
                        break;
                    case PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name }:
                        Untrack(name.Identifier.ValueText);
                        break;
                    case PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name }:
                        Untrack(name.Identifier.ValueText);
                        break;
                }
            }
        }

        /// <summary>
        /// Visits every operation of the graph: each block's operations, then its branch value, each with its
        /// descendants in pre-order (an explicit stack: deep expressions must not overflow the thread's).
        /// </summary>
        private void VisitAllOperations(System.Action<IOperation> visit)
        {
            if (_graph is null)
            {
                foreach (var statement in _statements)
                {
                    foreach (var operation in new OperationWalk(statement))
                    {
                        visit(operation);
                    }
                }

                return;
            }

            foreach (var block in _graph.Blocks)
            {
                for (int i = 0; i <= block.Operations.Length; i++)
                {
                    var root = i < block.Operations.Length ? block.Operations[i] : block.BranchValue;
                    if (root is null)
                    {
                        continue;
                    }

                    foreach (var operation in new OperationWalk(root))
                    {
                        visit(operation);
                    }
                }
            }
        }

        private void BuildEvents()
        {
            // Each block's events are gathered in one list reused for every block, then copied into a list of their
            // exact number (a list of its own per block would leave a trail of grown-out arrays in a long block).
            var scratch = new List<FlowEvent>();
            for (int b = 0; b < BlockCount; b++)
            {
                var events = scratch;
                events.Clear();
                if (_graph is null)
                {
                    // A straight-line body: its statements are block 1's, the declarations and the closing return
                    // among them (Walk's cases for the shapes a graph rewrites).
                    if (b == 1)
                    {
                        foreach (var statement in _statements)
                        {
                            Walk(statement, events);
                        }
                    }
                }
                else
                {
                    var block = _graph.Blocks[b];
                    foreach (var operation in block.Operations)
                    {
                        Walk(operation, events);
                    }

                    if (block.BranchValue is { } branch)
                    {
                        Walk(branch, events);
                        if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                        {
                            events.Add(new FlowEvent(EventKind.Return, null, branch));
                        }
                    }
                }

                events.RemoveAll(_irrelevant ??= e => e.Symbol is not null && !IsRelevant(e.Symbol));
                foreach (var e in events)
                {
                    if (e.Symbol is { } symbol)
                    {
                        e.SymbolId = IdOf(symbol);
                    }
                }

                _events.Add(new List<FlowEvent>(events));
            }
        }

        private int IdOf(ISymbol symbol) => _ids.Add(symbol);

        /// <summary>The number of a variable some event names, or -1.</summary>
        private int ExistingId(ISymbol symbol) => _ids.Find(symbol);

        private System.Predicate<FlowEvent>? _irrelevant;

        private void Walk(IOperation operation, List<FlowEvent> events)
        {
            // Most operations (literals, conversions, arithmetic, property reads) make no event of their own: their kind,
            // one virtual call, rules them out before the type tests below, each of which searches the operation's interfaces.
            if (!MayMakeEvents(operation.Kind))
            {
                foreach (var child in operation.ChildOperations)
                {
                    Walk(child, events);
                }

                return;
            }

            switch (operation)
            {
                case ISimpleAssignmentOperation assignment when SymbolOf(assignment.Target) is { } local:
                    Walk(assignment.Value, events);
                    events.Add(new FlowEvent(EventKind.Assign, local, assignment) { Value = assignment.Value });
                    return;

                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation fieldTarget } assignment when FieldRoot(fieldTarget) is { } assignedField:
                    if (fieldTarget.Instance is { } fieldInstance)
                    {
                        Walk(fieldInstance, events);
                    }

                    Walk(assignment.Value, events);
                    events.Add(new FlowEvent(EventKind.Assign, assignedField, assignment) { Value = assignment.Value });
                    return;

                case ISimpleAssignmentOperation assignment when WriteTargetOf(assignment.Target) is { } target:
                    WalkWrite(assignment.Target, target, events, alsoReads: false);
                    Walk(assignment.Value, events);
                    AddWrite(events, new WriteAccess(assignment, target, IsWholeArrayIndex(assignment.Target), assignment.Value, alsoReads: false));
                    return;

                case ISimpleAssignmentOperation { Target: IArrayElementReferenceOperation element } assignment when SymbolOf(element.ArrayReference) is { } array:
                    foreach (var index in element.Indices)
                    {
                        Walk(index, events);
                    }

                    Walk(assignment.Value, events);
                    events.Add(new FlowEvent(EventKind.ManagedWrite, array, assignment));
                    return;

                case ICompoundAssignmentOperation compound when SymbolOf(compound.Target) is { } local:
                    Walk(compound.Value, events);
                    events.Add(new FlowEvent(EventKind.Read, local, compound.Target));
                    events.Add(new FlowEvent(EventKind.CompoundAssign, local, compound));
                    return;

                case ICompoundAssignmentOperation compound when WriteTargetOf(compound.Target) is { } target:
                    WalkWrite(compound.Target, target, events, alsoReads: true);
                    Walk(compound.Value, events);
                    AddWrite(events, new WriteAccess(compound, target, false, null, alsoReads: true));
                    return;

                case IIncrementOrDecrementOperation increment when WriteTargetOf(increment.Target) is { } target:
                    WalkWrite(increment.Target, target, events, alsoReads: true);
                    AddWrite(events, new WriteAccess(increment, target, false, null, alsoReads: true));
                    return;

                case IInvocationOperation invocation:
                    WalkInvocation(invocation, events);
                    return;

                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument when SymbolOf(argument.Value) is { } byRef:
                    if (argument.Parameter!.RefKind == RefKind.Ref)
                    {
                        events.Add(new FlowEvent(EventKind.Read, byRef, argument));
                    }

                    events.Add(new FlowEvent(EventKind.Kill, byRef, argument));
                    return;

                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                    // Most reads are of counters and scalars: no event for a variable no rule follows.
                    if (SymbolOf(operation) is { } read && IsRelevant(read))
                    {
                        events.Add(new FlowEvent(EventKind.Read, read, operation));
                    }

                    return;

                case IFieldReferenceOperation field:
                    if (field.Instance is { } instance)
                    {
                        Walk(instance, events);
                    }

                    if (FieldRoot(field) is { } fieldSymbol)
                    {
                        events.Add(new FlowEvent(EventKind.Read, fieldSymbol, field));
                    }

                    return;

                case IFlowAnonymousFunctionOperation lambda:
                    AddCapturedReads(lambda.Syntax, lambda, events);
                    return;

                case IFlowCaptureOperation capture:
                    Walk(capture.Value, events);
                    _captures ??= new Dictionary<CaptureId, List<IOperation>>();
                    if (!_captures.TryGetValue(capture.Id, out var values))
                    {
                        _captures[capture.Id] = values = new List<IOperation>();
                    }

                    values.Add(capture.Value);
                    return;

                case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } methodReference:
                    AddLocalFunctionReads(methodReference.Method, methodReference, events);
                    return;

                // Only a straight-line body's statements have these two (a graph turns a declaration into an assignment
                // and a return into its block's branch value): the same events as those shapes give.
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when _graph is null:
                    Walk(initializer.Value, events);
                    events.Add(new FlowEvent(EventKind.Assign, declarator.Symbol, declarator) { Value = initializer.Value });
                    return;

                case IReturnOperation { ReturnedValue: { } returned } when _graph is null:
                    Walk(returned, events);
                    events.Add(new FlowEvent(EventKind.Return, null, returned));
                    return;
            }

            foreach (var child in operation.ChildOperations)
            {
                Walk(child, events);
            }
        }

        /// <summary>The kinds of the operations Walk's cases take (every other kind is walked into, its children in order).</summary>
        internal static bool MayMakeEvents(OperationKind kind)
        {
            switch (kind)
            {
                case OperationKind.SimpleAssignment:
                case OperationKind.CompoundAssignment:
                case OperationKind.Increment:
                case OperationKind.Decrement:
                case OperationKind.Invocation:
                case OperationKind.Argument:
                case OperationKind.LocalReference:
                case OperationKind.ParameterReference:
                case OperationKind.FieldReference:
                case OperationKind.FlowAnonymousFunction:
                case OperationKind.FlowCapture:
                case OperationKind.MethodReference:
                case OperationKind.VariableDeclarator:
                case OperationKind.Return:
                case OperationKind.YieldReturn:
                case OperationKind.YieldBreak:
                    return true;
                default:
                    return false;
            }
        }

        private void WalkInvocation(IInvocationOperation invocation, List<FlowEvent> events)
        {
            WalkInvocationCore(invocation, events);

            // A call into code outside the library may reassign any field: forget what fields hold.
            if (_context!.Semantics.Lookup(invocation.TargetMethod) is null && !InSystemNamespace(invocation.TargetMethod.ContainingType))
            {
                events.Add(new FlowEvent(EventKind.ForgetFields, null, invocation));
            }
        }

        /// <summary>Whether a type lives in System or a namespace under it (the BCL never assigns a user's fields).</summary>
        private static bool InSystemNamespace(INamedTypeSymbol? type)
        {
            var ns = type?.ContainingNamespace;
            while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: false } && ns.Name.StartsWith("System", System.StringComparison.Ordinal);
        }

        private void WalkInvocationCore(IInvocationOperation invocation, List<FlowEvent> events)
        {
            var mutated = MutatedOperands(invocation);
            if (mutated.Count == 0)
            {
                foreach (var child in invocation.ChildOperations)
                {
                    Walk(child, events);
                }

                if (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction)
                {
                    AddLocalFunctionReads(invocation.TargetMethod, invocation, events);
                }

                return;
            }

            foreach (var child in invocation.ChildOperations)
            {
                var value = child is IArgumentOperation argument ? argument.Value : child;
                if (mutated.Contains(value))
                {
                    WalkWrite(value, value, events, alsoReads: false);
                }
                else
                {
                    Walk(child, events);
                }
            }

            foreach (var target in mutated)
            {
                bool whole = invocation.TargetMethod.Name == "fill" && ReferenceEquals(target, invocation.Instance);
                AddWrite(events, new WriteAccess(invocation, target, whole, whole && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null, alsoReads: false));
            }
        }

        /// <summary>The operands a call writes into: from the library table, or from the summary of a method of the compilation.</summary>
        public List<IOperation> MutatedOperands(IInvocationOperation invocation)
        {
            // Most calls mutate nothing: one shared empty list for them, never added to.
            var result = NoOperands;
            if (_context!.Semantics.Lookup(invocation.TargetMethod) is { } found)
            {
                foreach (var name in found.Member.Mutates)
                {
                    if (name == MemberEntry.Receiver)
                    {
                        if (invocation.Instance is { } instance)
                        {
                            result = Add(result, instance);
                        }
                    }
                    else if (ResolvedLibrary.FindArgument(invocation.Arguments, name) is { ArgumentKind: not ArgumentKind.DefaultValue } argument
                             && argument.Value.Type is { } type && _context.Semantics.LibraryOf(type) is not null)
                    {
                        result = Add(result, argument.Value);
                    }
                }

                return result;
            }

            if (_context.Summarize(invocation.TargetMethod) is { } summary)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && summary.MutatedParameters.Contains(parameter.Ordinal) && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        result = Add(result, argument.Value);
                    }
                }
            }

            return result;
        }

        private static readonly List<IOperation> NoOperands = new List<IOperation>();

        private static List<IOperation> Add(List<IOperation> list, IOperation operation)
        {
            var result = ReferenceEquals(list, NoOperands) ? new List<IOperation>() : list;
            result.Add(operation);
            return result;
        }

        /// <summary>The array an assignment target writes into, for library indexers and properties whose setter writes.</summary>
        private IOperation? WriteTargetOf(IOperation target)
        {
            if (target is IPropertyReferenceOperation { Instance: { } instance } property
                && _context!.Semantics.Lookup(property.Property) is { } found
                && found.Member.Mutates.Contains(MemberEntry.Receiver))
            {
                return instance;
            }

            return null;
        }

        /// <summary>Walks a write's target without counting the written variable as read (unless the write reads it too).</summary>
        private void WalkWrite(IOperation assignmentTarget, IOperation target, List<FlowEvent> events, bool alsoReads)
        {
            if (assignmentTarget is IPropertyReferenceOperation property && !ReferenceEquals(assignmentTarget, target))
            {
                foreach (var argument in property.Arguments)
                {
                    Walk(argument, events);
                }
            }

            var current = target;
            while (true)
            {
                current = ResolvedLibrary.Unwrap(current);
                if (SymbolOf(current) is { } holder)
                {
                    if (alsoReads)
                    {
                        events.Add(new FlowEvent(EventKind.Read, holder, current));
                    }

                    return;
                }

                if (current is IFieldReferenceOperation field && FieldRoot(field) is { } fieldSymbol)
                {
                    if (field.Instance is { } instance)
                    {
                        Walk(instance, events);
                    }

                    if (alsoReads)
                    {
                        events.Add(new FlowEvent(EventKind.Read, fieldSymbol, field));
                    }

                    return;
                }

                var step = Steps.Classify(current, _context!, _ => null);
                if (step is { Kind: ResultKind.View or ResultKind.SameObject, Operand: { } operand })
                {
                    foreach (var child in current.ChildOperations)
                    {
                        var value = child is IArgumentOperation argument ? argument.Value : child;
                        if (!ReferenceEquals(value, operand))
                        {
                            Walk(child, events);
                        }
                    }

                    current = operand;
                    continue;
                }

                Walk(current, events);
                return;
            }
        }

        /// <summary>Only variables that can hold an array matter to any rule; everything else is left out of the flow.</summary>
        private bool IsRelevant(ISymbol? symbol)
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            return type is IArrayTypeSymbol || (type is not null && _context!.Semantics.LibraryOf(type) is not null);
        }

        private static void AddWrite(List<FlowEvent> events, WriteAccess access) =>
            events.Add(new FlowEvent(EventKind.Write, null, access.Operation) { Write = access });

        private void AddCapturedReads(SyntaxNode syntax, IOperation operation, List<FlowEvent> events)
        {
            foreach (var symbol in CapturedSymbols(syntax, operation))
            {
                events.Add(new FlowEvent(EventKind.Read, symbol, operation));
            }
        }

        private void AddLocalFunctionReads(IMethodSymbol localFunction, IOperation operation, List<FlowEvent> events)
        {
            foreach (var reference in localFunction.OriginalDefinition.DeclaringSyntaxReferences)
            {
                AddCapturedReads(reference.GetSyntax(), operation, events);
            }
        }

        /// <summary>Variables of this body that a lambda or local function mentions by name (a capture counts as a read).</summary>
        private IEnumerable<ISymbol> CapturedSymbols(SyntaxNode syntax, IOperation operation)
        {
            _capturedNames ??= new Dictionary<SyntaxNode, ImmutableHashSet<string>>();
            if (!_capturedNames.TryGetValue(syntax, out var names))
            {
                names = syntax.DescendantNodes().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).ToImmutableHashSet();
                _capturedNames[syntax] = names;
            }

            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var candidate in KnownSymbols())
            {
                if (names.Contains(candidate.Name) && seen.Add(candidate))
                {
                    yield return candidate;
                }
            }
        }

        private List<ISymbol>? _knownSymbols;

        private List<ISymbol> KnownSymbols()
        {
            if (_knownSymbols is null)
            {
                var set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                VisitAllOperations(d =>
                {
                    if (SymbolOf(d) is { } s)
                    {
                        set.Add(s);
                    }
                    else if (d is IFieldReferenceOperation f && FieldRoot(f) is { } fs)
                    {
                        set.Add(fs);
                    }
                });

                if (_root is { } original && original.SemanticModel?.GetDeclaredSymbol(original.Syntax) is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        set.Add(parameter);
                    }
                }

                _knownSymbols = set.ToList();
            }

            return _knownSymbols;
        }

        private static bool IsWholeArrayIndex(IOperation target) =>
            target is IPropertyReferenceOperation { Property.IsIndexer: true } indexer
            && indexer.Arguments.Length == 1
            && ResolvedLibrary.Unwrap(indexer.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string text }
            && (text.Trim() == "..." || text.Trim() == ":");

        public static ISymbol? SymbolOf(IOperation? operation) => operation?.Kind switch
        {
            OperationKind.LocalReference => ((ILocalReferenceOperation)operation).Local,
            OperationKind.ParameterReference => ((IParameterReferenceOperation)operation).Parameter,
            _ => null,
        };

        /// <summary>A field read through <c>this</c> or statically: one storage location the analysis can name.</summary>
        public static ISymbol? FieldRoot(IFieldReferenceOperation field) =>
            field.Instance is null or IInstanceReferenceOperation ? field.Field : null;

        // ---------------------------------------------------------------- forward pass

        private sealed class State
        {
            public State(ValueMap values, bool allUnknown)
            {
                Values = values;
                AllUnknown = allUnknown;
            }

            public ValueMap Values { get; }

            public bool AllUnknown { get; }

            public bool SameAs(State other) => AllUnknown == other.AllUnknown && Values.SameAs(other.Values);
        }

        private State[]? _in;
        private State[]? _out;

        // Every variable a state can hold (assigned, killed or compound-assigned somewhere) has a dense slot; by its
        // number, -1 for a variable that has none.
        private int[] _slotOfId = System.Array.Empty<int>();
        private readonly List<ISymbol> _slotSymbols = new List<ISymbol>();
        private readonly List<int> _fieldSlots = new List<int>();
        private State? _unreached;

        private void AssignSlots()
        {
            _slotOfId = new int[_ids.Count];
            Fill(_slotOfId, -1);
            foreach (var events in _events)
            {
                foreach (var e in events)
                {
                    if (e.Kind is EventKind.Assign or EventKind.Kill or EventKind.CompoundAssign && e.Symbol is { } symbol && _slotOfId[e.SymbolId] < 0)
                    {
                        _slotOfId[e.SymbolId] = _slotSymbols.Count;
                        if (symbol is IFieldSymbol)
                        {
                            _fieldSlots.Add(_slotSymbols.Count);
                        }

                        _slotSymbols.Add(symbol);
                    }
                }
            }

            _unreached = new State(ValueMap.Empty(_slotSymbols.Count), allUnknown: true);
        }

        /// <summary>
        /// The forward pass: blocks in order, each revisited only when the output of a predecessor changed, so
        /// a long method costs one visit per block plus what its loops need. Each transfer also records the block's
        /// facts, replacing those of its earlier transfers: at the fixpoint every block's facts are those of its final
        /// input (a block whose input did not change keeps them), gathered in block order at the end.
        /// </summary>
        private bool Solve()
        {
            AssignSlots();
            int count = BlockCount;
            _in = new State[count];
            _out = new State[count];
            var facts = new BlockFacts?[count];
            if (!Fixpoint(_in, _out, lowestFirst: true, facts))
            {
                return false;
            }

            foreach (var block in facts)
            {
                block?.AddTo(this);
            }

            return true;
        }

        /// <summary>
        /// Runs the forward pass to its fixpoint, into <paramref name="inputs"/> and <paramref name="outputs"/>; false when it
        /// does not settle within 30 transfers per block. With <paramref name="lowestFirst"/> the lowest dirty block is
        /// always next: a back edge sends the walk back to its loop's head, so an inner loop settles before the walk
        /// goes on (loops nested d deep cost about two visits per block, not d + 2). Without it, sweeps over all
        /// blocks in order, each carrying a change one loop further out (what tests compare against).
        /// </summary>
        private bool Fixpoint(State[] inputs, State[] outputs, bool lowestFirst, BlockFacts?[]? facts = null)
        {
            int count = inputs.Length;
            var empty = new State(ValueMap.Empty(_slotSymbols.Count), allUnknown: false);
            var dirty = new bool[count];
            for (int b = 0; b < count; b++)
            {
                dirty[b] = true;
            }

            int budget = 30 * count;
            bool sweepAgain = false;
            for (int b = 0; ; )
            {
                while (b < count && !dirty[b])
                {
                    b++;
                }

                if (b == count)
                {
                    // Lowest first, nothing below b is ever dirty: done. Sweeping, a back edge asks for another sweep.
                    if (!sweepAgain)
                    {
                        return true;
                    }

                    sweepAgain = false;
                    b = 0;
                    continue;
                }

                if (--budget < 0)
                {
                    return false;
                }

                dirty[b] = false;
                State input;
                if (b == 0)
                {
                    input = empty;
                }
                else
                {
                    State? joined = null;
                    foreach (var p in _predecessors[b])
                    {
                        if (outputs[p] is { } o)
                        {
                            joined = joined is null ? o : Join(joined, o);
                        }
                    }

                    input = joined ?? _unreached!;
                }

                int next = b + 1;
                if (inputs[b] is { } previousIn && outputs[b] is not null && previousIn.SameAs(input))
                {
                    b = next;
                    continue;
                }

                var output = Transfer(b, input, facts);
                bool outputChanged = outputs[b] is not { } previousOut || !previousOut.SameAs(output);
                inputs[b] = input;
                outputs[b] = output;
                if (outputChanged)
                {
                    foreach (var successor in _successors[b])
                    {
                        dirty[successor] = true;
                        if (successor <= b)
                        {
                            if (lowestFirst)
                            {
                                next = successor < next ? successor : next;
                            }
                            else
                            {
                                sweepAgain = true;
                            }
                        }
                    }
                }

                b = next;
            }
        }

        /// <summary>
        /// For tests: the facts gathered from the fixpoint's transfers are those a separate pass over every block from its
        /// final input records, in the same order (what the flow did before it collected during the fixpoint).
        /// </summary>
        internal bool CollectedFactsAgree()
        {
            var again = new BlockFacts?[_in!.Length];
            for (int b = 0; b < again.Length; b++)
            {
                Transfer(b, _in[b], again);
            }

            // Gathered the way Solve gathers them, into a flow that holds nothing else.
            var gathered = new MethodFlow();
            foreach (var facts in again)
            {
                facts?.AddTo(gathered);
            }

            if (gathered.Writes.Count != Writes.Count || gathered.CompoundAssignments.Count != CompoundAssignments.Count
                || gathered.ManagedWrites.Count != ManagedWrites.Count || gathered.ReturnOperations.Count != ReturnOperations.Count
                || gathered.Assigned.Count != Assigned.Count)
            {
                return false;
            }

            for (int i = 0; i < Writes.Count; i++)
            {
                var (a, b) = (gathered.Writes[i], Writes[i]);
                if (a.Access != b.Access || !SamePoint(a.Point, b.Point) || !SymbolEqualityComparer.Default.Equals(a.Chain.Holder, b.Chain.Holder) || !a.HolderValue.Equals(b.HolderValue))
                {
                    return false;
                }
            }

            for (int i = 0; i < CompoundAssignments.Count; i++)
            {
                var (a, b) = (gathered.CompoundAssignments[i], CompoundAssignments[i]);
                if (a.Operation != b.Operation || !SamePoint(a.Point, b.Point) || !a.Value.Equals(b.Value))
                {
                    return false;
                }
            }

            for (int i = 0; i < ManagedWrites.Count; i++)
            {
                var (a, b) = (gathered.ManagedWrites[i], ManagedWrites[i]);
                if (a.Operation != b.Operation || !SamePoint(a.Point, b.Point))
                {
                    return false;
                }
            }

            for (int i = 0; i < ReturnOperations.Count; i++)
            {
                if (gathered.ReturnOperations[i] != ReturnOperations[i] || !gathered.ReturnValues[i].Equals(ReturnValues[i]))
                {
                    return false;
                }
            }

            foreach (var pair in gathered.Assigned)
            {
                if (!Assigned.TryGetValue(pair.Key, out var values) || !System.Linq.Enumerable.SequenceEqual(pair.Value, values))
                {
                    return false;
                }
            }

            return true;

            static bool SamePoint(ProgramPoint a, ProgramPoint b) => a.Block == b.Block && a.Index == b.Index;
        }

        /// <summary>For tests: the fixpoint reached lowest-first is the one block-order sweeps reach, at every block (when both settle).</summary>
        internal bool FixpointsAgree()
        {
            int count = BlockCount;
            var lowestIn = new State[count];
            var lowestOut = new State[count];
            var sweepIn = new State[count];
            var sweepOut = new State[count];
            bool lowestSettled = Fixpoint(lowestIn, lowestOut, lowestFirst: true);
            bool sweepsSettled = Fixpoint(sweepIn, sweepOut, lowestFirst: false);
            if (!lowestSettled || !sweepsSettled)
            {
                // Giving up where the sweeps settle would be a loss; the other way round is what lowest-first is for.
                return lowestSettled || !sweepsSettled;
            }

            for (int b = 0; b < count; b++)
            {
                if (!Same(lowestIn[b], sweepIn[b]) || !Same(lowestOut[b], sweepOut[b]))
                {
                    return false;
                }
            }

            return true;

            static bool Same(State? a, State? b) => a is null ? b is null : b is not null && a.SameAs(b);
        }

        private State Join(State a, State b)
        {
            if (a.AllUnknown || b.AllUnknown)
            {
                return _unreached!;
            }

            if (ReferenceEquals(a, b))
            {
                return a;
            }

            var values = ValueMap.Join(a.Values, b.Values, _defaultOfSlot ??= slot => Default(_slotSymbols[slot]));
            return ReferenceEquals(values, a.Values) ? a : ReferenceEquals(values, b.Values) ? b : new State(values, allUnknown: false);
        }

        private System.Func<int, ArrayValue>? _defaultOfSlot;
        private Dictionary<ISymbol, ArrayValue>? _externals;

        /// <summary>What a variable holds before any assignment: a parameter or field is its own external array.</summary>
        private ArrayValue Default(ISymbol symbol)
        {
            if (symbol is not (IParameterSymbol or IFieldSymbol))
            {
                return ArrayValue.Unknown;
            }

            _externals ??= new Dictionary<ISymbol, ArrayValue>(SymbolEqualityComparer.Default);
            if (!_externals.TryGetValue(symbol, out var value))
            {
                _externals[symbol] = value = ArrayValue.Of(ValueKind.External, symbol, null);
            }

            return value;
        }

        /// <summary>
        /// Runs the events of <paramref name="block"/> from <paramref name="state"/>, stopping before event
        /// <paramref name="upTo"/>; with <paramref name="facts"/>, also records the facts the rules read into the block's
        /// entry there, replacing what an earlier transfer of the block recorded.
        /// </summary>
        private State Transfer(int block, State state, BlockFacts?[]? facts, int upTo = int.MaxValue)
        {
            var events = _events[block];
            bool collect = facts is not null;
            facts?[block]?.Clear();

            // The block's entry for its facts, made when it records its first.
            BlockFacts Recorded() => facts![block] ??= new BlockFacts();
            var values = state.Values;
            var current = state;

            // The block's sets are one run: only its last map is kept (intermediate ones are read before the next set).
            object? edit = null;
            for (int i = 0; i < events.Count && i < upTo; i++)
            {
                var e = events[i];
                if (e.Kind == EventKind.Read || (!collect && e.Kind is EventKind.Write or EventKind.ManagedWrite or EventKind.Return))
                {
                    continue;
                }

                if (!ReferenceEquals(values, current.Values))
                {
                    current = new State(values, state.AllUnknown);
                }

                switch (e.Kind)
                {
                    case EventKind.Assign:
                        var assigned = IsTracked(e.Symbol!) && !state.AllUnknown ? Evaluate(e.Value!, current, 0) : ArrayValue.Unknown;
                        values = values.With(_slotOfId[e.SymbolId], assigned, edit ??= new object());
                        if (collect)
                        {
                            Recorded().Assigned.Add((e.Symbol!, e.SymbolId, assigned));
                        }

                        break;
                    case EventKind.Kill:
                        values = values.With(_slotOfId[e.SymbolId], ArrayValue.Unknown, edit ??= new object());
                        break;
                    case EventKind.ForgetFields:
                        foreach (var field in _fieldSlots)
                        {
                            if (values[field] is not null)
                            {
                                values = values.With(field, ArrayValue.Unknown, edit ??= new object());
                            }
                        }

                        break;
                    case EventKind.CompoundAssign:
                        var before = ValueOf(e.Symbol!, current);
                        if (collect)
                        {
                            Recorded().CompoundAssignments.Add(new CompoundAssignmentFact((ICompoundAssignmentOperation)e.Operation, e.Symbol!, before, new ProgramPoint(block, i)));
                        }

                        values = values.With(_slotOfId[e.SymbolId], IsTracked(e.Symbol!) ? ArrayValue.Of(ValueKind.Fresh, null, e.Operation) : ArrayValue.Unknown, edit ??= new object());
                        break;
                    case EventKind.Write when collect:
                        var chain = ResolveChain(e.Write!.Target, current);
                        var holderValue = chain.Holder is null ? ArrayValue.Unknown : ValueOf(chain.Holder, current);
                        e.HolderId = chain.Holder is null ? -1 : IdOf(chain.Holder);
                        Recorded().Writes.Add(new WriteFact(e.Write, chain, holderValue, new ProgramPoint(block, i)));
                        break;
                    case EventKind.ManagedWrite when collect:
                        Recorded().ManagedWrites.Add(new ManagedWriteFact(e.Operation, e.Symbol!, new ProgramPoint(block, i)));
                        break;
                    case EventKind.Return when collect:
                        Recorded().Returns.Add((e.Operation, state.AllUnknown ? ArrayValue.Unknown : Evaluate(e.Operation, current, 0)));
                        break;
                }
            }

            return ReferenceEquals(values, current.Values) ? current : new State(values, state.AllUnknown);
        }

        private ArrayValue ValueOf(ISymbol symbol, State state)
        {
            if (state.AllUnknown || !IsTracked(symbol))
            {
                return ArrayValue.Unknown;
            }

            return Stored(symbol, state) ?? Default(symbol);
        }

        private ArrayValue? Stored(ISymbol symbol, State state) =>
            ExistingId(symbol) is var id and >= 0 && id < _slotOfId.Length && _slotOfId[id] is var slot and >= 0 ? state.Values[slot] : null;

        private ArrayValue Evaluate(IOperation operation, State state, int depth)
        {
            if (depth > 32)
            {
                return ArrayValue.Unknown;
            }

            var unwrapped = UnwrapPreserving(operation);
            if (SymbolOf(unwrapped) is { } symbol)
            {
                return ValueOf(symbol, state);
            }

            switch (unwrapped)
            {
                case IFieldReferenceOperation field:
                    return FieldRoot(field) is { } fieldSymbol && Stored(fieldSymbol, state) is { } fieldValue
                        ? fieldValue
                        : ArrayValue.Of(ValueKind.External, FieldRoot(field), null);
                case IFlowCaptureReferenceOperation captureReference:
                    if (_captures is null || !_captures.TryGetValue(captureReference.Id, out var captured) || captured.Count == 0)
                    {
                        return ArrayValue.Unknown;
                    }

                    var joined = Evaluate(captured[0], state, depth + 1);
                    for (int i = 1; i < captured.Count; i++)
                    {
                        joined = ArrayValue.Join(joined, Evaluate(captured[i], state, depth + 1));
                    }

                    return joined;
                case IBinaryOperation { OperatorMethod: { } method } when _context!.Semantics.LibraryOf(method.ContainingType) is not null:
                case IUnaryOperation { OperatorMethod: { } unary } when _context!.Semantics.LibraryOf(unary.ContainingType) is not null:
                    return ArrayValue.Of(ValueKind.Fresh, null, unwrapped);
            }

            var step = Steps.ClassifyKind(unwrapped, _context!, LayoutsAt(state, depth));
            if (step is null)
            {
                return ArrayValue.Unknown;
            }

            // The operand is evaluated once: its layout gives the result's, its value the result's root.
            var operandValue = step.Operand is null ? ArrayValue.Unknown : Evaluate(step.Operand, state, depth + 1);
            Steps.ApplyShape(step, operandValue.Layout);
            var root = step.Operand is null ? null : RootOf(step.Operand, operandValue);
            switch (step.Kind)
            {
                case ResultKind.View:
                case ResultKind.SameObject:
                    if (operandValue.Kind == ValueKind.ReadOnlyView)
                    {
                        return new ArrayValue(ValueKind.ReadOnlyView, root, unwrapped, step.Layout, null, false, false);
                    }

                    if (operandValue.Kind == ValueKind.ManagedAlias)
                    {
                        return new ArrayValue(ValueKind.ManagedAlias, operandValue.Root, unwrapped, step.Layout, null, false, false);
                    }

                    return root is null ? ArrayValue.Unknown : new ArrayValue(ValueKind.View, root, unwrapped, step.Layout, null, false, false);
                case ResultKind.ReadOnlyView:
                    return new ArrayValue(ValueKind.ReadOnlyView, root, unwrapped, step.Layout, step.How, false, false);
                case ResultKind.Copy:
                    return new ArrayValue(ValueKind.Copy, root, unwrapped, step.Layout, step.How, step.Entry?.IsSelection == true || step.Entry?.Result == ResultKind.ByIndexArguments, step.CopiedByLayout);
                case ResultKind.Fresh:
                    return new ArrayValue(ValueKind.Fresh, null, unwrapped, step.Layout, null, false, false);
                case ResultKind.AliasesManagedArray:
                    var managed = step.Arguments.Length > 0 ? SymbolOf(ResolvedLibrary.Unwrap(step.Arguments[0].Value)) ?? (ResolvedLibrary.Unwrap(step.Arguments[0].Value) is IFieldReferenceOperation f ? FieldRoot(f) : null) : null;
                    return managed is null ? ArrayValue.Unknown : new ArrayValue(ValueKind.ManagedAlias, managed, unwrapped, step.Layout, null, false, false);
                default:
                    return ArrayValue.Unknown;
            }
        }

        /// <summary>The array whose memory <paramref name="operand"/> uses: the root of a view, else the variable itself.</summary>
        private static ISymbol? RootOf(IOperation operand, ArrayValue value)
        {
            if (value.SharesMemoryWithRoot || value.Kind == ValueKind.External)
            {
                return value.Root;
            }

            var unwrapped = ResolvedLibrary.Unwrap(operand);
            return SymbolOf(unwrapped) ?? (unwrapped is IFieldReferenceOperation field ? FieldRoot(field) : null);
        }

        /// <summary>Looks through conversions that keep the same object (no user-defined conversion: those copy).</summary>
        private static IOperation UnwrapPreserving(IOperation operation)
        {
            while (operation.Kind == OperationKind.Conversion && ((IConversionOperation)operation) is { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Follows a write target through view steps to the variable it writes into, with layouts known at this point.</summary>
        private TargetChain ResolveChain(IOperation target, State state)
        {
            var steps = ImmutableArray.CreateBuilder<Step>();
            var current = target;
            while (true)
            {
                current = UnwrapPreserving(current);
                if (SymbolOf(current) is { } holder)
                {
                    return new TargetChain(steps.ToImmutable(), null, holder, current);
                }

                if (current is IFieldReferenceOperation field && FieldRoot(field) is { } fieldSymbol)
                {
                    return new TargetChain(steps.ToImmutable(), null, fieldSymbol, current);
                }

                var step = Steps.Classify(current, _context!, LayoutsAt(state, -1));
                if (step is { Kind: ResultKind.View or ResultKind.SameObject, Operand: { } operand })
                {
                    steps.Add(step);
                    current = operand;
                    continue;
                }

                return new TargetChain(steps.ToImmutable(), step, null, null);
            }
        }

        // Layouts of operands for a classification, at one state and depth, through one delegate per flow rather than a
        // closure per call. A nested evaluation changes the fields; each answer puts them back.
        private State? _layoutState;
        private int _layoutDepth;
        private System.Func<IOperation, Strided?>? _layoutOf;

        private System.Func<IOperation, Strided?> LayoutsAt(State state, int depth)
        {
            _layoutState = state;
            _layoutDepth = depth;
            return _layoutOf ??= LayoutAt;
        }

        private Strided? LayoutAt(IOperation operation)
        {
            var state = _layoutState!;
            int depth = _layoutDepth;
            try
            {
                return Evaluate(operation, state, depth + 1).Layout;
            }
            finally
            {
                _layoutState = state;
                _layoutDepth = depth;
            }
        }

        /// <summary>The state just before event <see cref="ProgramPoint.Index"/> of a block, replayed with the same transfer as the fixpoint.</summary>
        private State? StateAt(ProgramPoint point) =>
            _in is null || _in[point.Block] is null ? null : Transfer(point.Block, _in[point.Block], facts: null, upTo: point.Index);
    }

    /// <summary>
    /// The facts one block's transfer records, replaced when the block is transferred again. Each kind's list is made
    /// when the block records its first fact of that kind: most blocks record one kind or none.
    /// </summary>
    internal sealed class BlockFacts
    {
        private List<(ISymbol Symbol, int Id, ArrayValue Value)>? _assigned;
        private List<CompoundAssignmentFact>? _compoundAssignments;
        private List<WriteFact>? _writes;
        private List<ManagedWriteFact>? _managedWrites;
        private List<(IOperation Operation, ArrayValue Value)>? _returns;

        public List<(ISymbol Symbol, int Id, ArrayValue Value)> Assigned => _assigned ??= new List<(ISymbol, int, ArrayValue)>();

        public List<CompoundAssignmentFact> CompoundAssignments => _compoundAssignments ??= new List<CompoundAssignmentFact>();

        public List<WriteFact> Writes => _writes ??= new List<WriteFact>();

        public List<ManagedWriteFact> ManagedWrites => _managedWrites ??= new List<ManagedWriteFact>();

        public List<(IOperation Operation, ArrayValue Value)> Returns => _returns ??= new List<(IOperation, ArrayValue)>();

        public void Clear()
        {
            _assigned?.Clear();
            _compoundAssignments?.Clear();
            _writes?.Clear();
            _managedWrites?.Clear();
            _returns?.Clear();
        }

        /// <summary>Appends these facts to the flow's, after those of the blocks before this one.</summary>
        public void AddTo(MethodFlow flow)
        {
            if (_assigned is not null)
            {
                foreach (var (symbol, id, value) in _assigned)
                {
                    flow.AddAssigned(symbol, id, value);
                }
            }

            if (_compoundAssignments is not null)
            {
                flow.CompoundAssignments.AddRange(_compoundAssignments);
            }

            if (_writes is not null)
            {
                flow.Writes.AddRange(_writes);
            }

            if (_managedWrites is not null)
            {
                flow.ManagedWrites.AddRange(_managedWrites);
            }

            if (_returns is not null)
            {
                foreach (var (operation, value) in _returns)
                {
                    flow.ReturnOperations.Add(operation);
                    flow.ReturnValues.Add(value);
                }
            }
        }
    }

    internal enum EventKind
    {
        Read,
        Assign,
        Kill,
        Write,
        CompoundAssign,
        ManagedWrite,
        Return,

        /// <summary>A call into user code: fields may now hold anything.</summary>
        ForgetFields,
    }

    /// <summary>A backward pass's result: for each variable, the blocks at whose entry the property holds.</summary>
    internal sealed class BackwardSets
    {
        // By the flow's number of a variable, the pass's (-1 for a variable the pass has no events of).
        private readonly int[] _index;

        // Either one row of bits per block, all rows in one array, or per group of 64 variables a word per block of a window.
        private readonly ulong[]? _bits;
        private readonly int _words;
        private readonly GroupWindows? _windows;

        public BackwardSets(int[] index, ulong[] bits, int words)
        {
            _index = index;
            _bits = bits;
            _words = words;
        }

        public BackwardSets(int[] index, GroupWindows windows)
        {
            _index = index;
            _windows = windows;
        }

        /// <summary>Whether the variable the flow numbers <paramref name="id"/> is in the set at <paramref name="block"/>'s entry.</summary>
        public bool Has(int id, int block)
        {
            if (id < 0 || id >= _index.Length || _index[id] is not (var v and >= 0))
            {
                return false;
            }

            return _windows is null
                ? (_bits![(block * _words) + (v >> 6)] & (1UL << (v & 63))) != 0
                : _windows.Has(v, block);
        }
    }

    /// <summary>
    /// For each group of 64 variables, the blocks of their sets as one word per block over a window: from the first
    /// block where one of them is in the set to the last. Variables that live over a few blocks cost their group a
    /// few words.
    /// </summary>
    internal sealed class GroupWindows
    {
        private readonly int[] _low;
        private readonly ulong[]?[] _words;

        public GroupWindows(int groups)
        {
            _low = new int[groups];
            _words = new ulong[]?[groups];
        }

        /// <summary>Records group <paramref name="g"/>'s sets: the words of <paramref name="words"/> from block <paramref name="low"/> to <paramref name="high"/> (none when <paramref name="high"/> is negative).</summary>
        public void Add(int g, int low, int high, ulong[] words)
        {
            if (high < 0)
            {
                return;
            }

            var window = new ulong[high - low + 1];
            System.Array.Copy(words, low, window, 0, window.Length);
            _low[g] = low;
            _words[g] = window;
        }

        public bool Has(int v, int block)
        {
            int g = v >> 6;
            int offset = block - _low[g];
            return _words[g] is { } window && offset >= 0 && offset < window.Length && (window[offset] & (1UL << (v & 63))) != 0;
        }
    }

    /// <summary>
    /// The successors (or predecessors) of every block of a graph in two arrays: block b's neighbours are
    /// <c>targets[start[b] .. start[b + 1]]</c>, each once, in the order the edges were added.
    /// </summary>
    internal readonly struct Edges
    {
        private readonly int[] _start;
        private readonly int[] _targets;

        private Edges(int[] start, int[] targets)
        {
            _start = start;
            _targets = targets;
        }

        public Neighbours this[int block] => new Neighbours(_targets, _start[block], _start[block + 1]);

        /// <summary>Edges encoded as <c>from &lt;&lt; 32 | to</c> (duplicates allowed); <paramref name="reversed"/> gives predecessors.</summary>
        public static Edges From(List<long> edges, int blocks, bool reversed)
        {
            // Counting sort by source block: room for every edge, then each block's targets in its own range.
            var start = new int[blocks + 1];
            foreach (var e in edges)
            {
                start[Source(e, reversed) + 1]++;
            }

            for (int b = 0; b < blocks; b++)
            {
                start[b + 1] += start[b];
            }

            var filled = new int[blocks];
            var targets = new int[edges.Count];
            foreach (var e in edges)
            {
                int source = Source(e, reversed);
                int target = reversed ? (int)(e >> 32) : (int)(e & 0xFFFFFFFFL);
                if (System.Array.IndexOf(targets, target, start[source], filled[source]) < 0)
                {
                    targets[start[source] + filled[source]++] = target;
                }
            }

            // Close the gaps left by duplicates, keeping each block's targets together.
            int count = 0;
            var compact = new int[blocks + 1];
            for (int b = 0; b < blocks; b++)
            {
                compact[b] = count;
                for (int i = 0; i < filled[b]; i++)
                {
                    targets[count++] = targets[start[b] + i];
                }
            }

            compact[blocks] = count;
            return new Edges(compact, targets);
        }

        private static int Source(long edge, bool reversed) => reversed ? (int)(edge & 0xFFFFFFFFL) : (int)(edge >> 32);
    }

    /// <summary>One block's neighbours, enumerable without allocating.</summary>
    internal readonly struct Neighbours
    {
        private readonly int[] _targets;
        private readonly int _start;
        private readonly int _end;

        public Neighbours(int[] targets, int start, int end)
        {
            _targets = targets;
            _start = start;
            _end = end;
        }

        public Enumerator GetEnumerator() => new Enumerator(_targets, _start, _end);

        public struct Enumerator
        {
            private readonly int[] _targets;
            private readonly int _end;
            private int _index;

            public Enumerator(int[] targets, int start, int end)
            {
                _targets = targets;
                _index = start - 1;
                _end = end;
            }

            public int Current => _targets[_index];

            public bool MoveNext() => ++_index < _end;
        }
    }

    internal sealed class FlowEvent
    {
        public FlowEvent(EventKind kind, ISymbol? symbol, IOperation operation)
        {
            Kind = kind;
            Symbol = symbol;
            Operation = operation;
        }

        public EventKind Kind { get; }

        public ISymbol? Symbol { get; }

        public IOperation Operation { get; }

        public IOperation? Value { get; set; }

        public WriteAccess? Write { get; set; }

        /// <summary>The flow's number for <see cref="Symbol"/> (-1 for none): passes over every event index arrays with it instead of hashing symbols.</summary>
        public int SymbolId { get; set; } = -1;

        /// <summary>For writes: the flow's number for the variable written into, once resolved (-1 for none).</summary>
        public int HolderId { get; set; } = -1;
    }
}
