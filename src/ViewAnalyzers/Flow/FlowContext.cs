using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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

        private FlowContext(Compilation compilation, LibrarySemantics semantics, AnalyzerConfigOptionsProvider? settings)
        {
            Compilation = compilation;
            Semantics = semantics;
            _settings = settings;
        }

        // The .editorconfig settings of the analyzer run that made this context: the statement limit of the
        // methods it summarizes, which live in other files than the body being analyzed.
        private readonly AnalyzerConfigOptionsProvider? _settings;

        public Compilation Compilation { get; }

        public LibrarySemantics Semantics { get; }

        public static FlowContext For(Compilation compilation, LibrarySemantics semantics, AnalyzerConfigOptionsProvider? settings = null) =>
            Contexts.GetValue(compilation, c => new FlowContext(c, semantics, settings));

        /// <summary>The statement limit for bodies in <paramref name="tree"/>: <see cref="MaxStatementsOption"/>, else <see cref="DefaultMaxStatements"/>.</summary>
        public static int MaxStatements(AnalyzerConfigOptionsProvider? settings, SyntaxTree tree) =>
            settings is not null
            && settings.GetOptions(tree).TryGetValue(MaxStatementsOption, out var text)
            && int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int max)
                ? max
                : DefaultMaxStatements;

        /// <summary>Whether <paramref name="body"/> has more than <paramref name="maxStatements"/> statements (0: no limit).</summary>
        private static bool IsOverLimit(IOperation body, int maxStatements)
        {
            int statements = 0;
            foreach (var operation in new OperationWalk(body))
            {
                if (PassesLimit(operation, operation.Kind, ref statements, maxStatements))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Counts the statements of <paramref name="operation"/> (of kind <paramref name="kind"/>) when it is a block; true
        /// once the count passes <paramref name="maxStatements"/> (0: never). A walk that passes every operation counts every
        /// operation whose parent is a block, once, as it meets the block: no operation's parent is asked for.
        /// </summary>
        private static bool PassesLimit(IOperation operation, OperationKind kind, ref int statements, int maxStatements) =>
            maxStatements > 0 && kind == OperationKind.Block && (statements += ((IBlockOperation)operation).Operations.Length) > maxStatements;

        /// <summary>
        /// The flow of one operation block, shared by every rule that asks for it; null when the block cannot
        /// give any rule something to report (no library array, or no write a rule looks at), in which case
        /// no control flow graph is built at all. Bodies over <see cref="DefaultMaxStatements"/> statements get none either.
        /// </summary>
        public MethodFlow? FlowOf(IOperation block, System.Func<ControlFlowGraph?> graph) =>
            FlowOf(block, graph, static (g, _) => g(), settings: null);

        /// <inheritdoc cref="FlowOf(IOperation, System.Func{ControlFlowGraph?})"/>
        /// <remarks>
        /// The graph is asked of <paramref name="state"/>, so that callers need not allocate a closure per block. A body
        /// over the statement limit its file has in <paramref name="settings"/> (read once, when the flow is built) gets no flow
        /// either; see <see cref="DefaultMaxStatements"/>. <paramref name="owner"/>, the block's method when the caller has it
        /// (an operation block callback's owning symbol), spares asking the semantic model for it.
        /// </remarks>
        public MethodFlow? FlowOf<TState>(IOperation block, TState state, System.Func<TState, IOperation, ControlFlowGraph?> graph, AnalyzerConfigOptionsProvider? settings, ISymbol? owner = null)
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
                        flow = NeedsFlow(block, MaxStatements(settings, block.Syntax.SyntaxTree)) ? MethodFlow.BuildBody(block, this, state, graph, owner) ?? MethodFlow.Empty : MethodFlow.Empty;
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

        /// <summary>
        /// The most statements a body may have and still be analyzed, unless <c>view_analyzers.max_body_statements</c>
        /// says otherwise (0: no limit). Roslyn's control flow graph builder grows with the square of a body's length
        /// (its local scopes are merged one by one into a list as long as the body): about 60 ms for a body of 3,900
        /// statements, 400 ms for 15,600, 1.8 s for 31,000 on the benchmark machine. 5,000 statements is about 6,000
        /// lines of dense array code, far beyond hand-written methods; longer bodies are skipped silently.
        /// </summary>
        public const int DefaultMaxStatements = 5000;

        /// <summary>The option that sets <see cref="DefaultMaxStatements"/> for a file: a count, or 0 for no limit.</summary>
        public const string MaxStatementsOption = "view_analyzers.max_body_statements";

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
        /// Whether any rule could report in the block, over-approximated from one scan of its operations (lambdas and
        /// local functions included). Every diagnostic sits on a write (an assignment into an array, a call that
        /// mutates one, a compound assignment to an array variable) into a value derived from a library array inside
        /// the body: a view, a copy, a read-only view or an alias made by a library member (an "origin") or by a
        /// method of the compilation that returns a view. So a body needs a flow only when one of its writes goes
        /// into an origin or into a variable that may hold one: a variable assigned, anywhere in the body, a value
        /// that mentions an origin or such a variable. Writes into parameters, fields and fresh arrays alone need no
        /// graph. A body that makes a .NET-array alias always gets one (VA0008 looks at writes into the .NET array).
        /// Two kinds of origin count in one place only. A plain copy (<c>copy()</c>, not a selection, not
        /// layout-dependent) is what the user asked for: a variable assigned one (<c>var c = a["1:3"].copy()</c>) holds
        /// new memory whatever it was made from, and no rule reports writes into it; written into as a temporary
        /// (<c>a.copy()[0] = 5</c>) it is VA0003's. A plain view in a write target (<c>a["1:3"].fill(0)</c>) is
        /// followed to the variable under it, and no rule reports a write into a temporary view as such.
        /// </summary>
        /// <remarks>
        /// With <paramref name="maxStatements"/> above 0, a body of more statements than that (lambdas and local
        /// functions included) is not analyzed at all: see <see cref="DefaultMaxStatements"/>.
        /// </remarks>
        public bool NeedsFlow(IOperation block, int maxStatements = 0)
        {
            // Every body of the compilation passes here: its lists are kept per thread and reused.
            var scratch = s_gateScratch ?? new GateScratch();
            s_gateScratch = null;
            try
            {
                return NeedsFlow(block, maxStatements, scratch);
            }
            finally
            {
                if (scratch.Clear())
                {
                    s_gateScratch = scratch;
                }
            }
        }

        [System.ThreadStatic]
        private static GateScratch? s_gateScratch;

        /// <summary>The gate's working lists, emptied after each body.</summary>
        private sealed class GateScratch
        {
            public readonly List<IOperation> Written = new List<IOperation>();
            public readonly List<(ISymbol Target, IOperation Value)> Assignments = new List<(ISymbol, IOperation)>();
            public readonly List<ISymbol> Mentions = new List<ISymbol>();
            public readonly List<(ISymbol Target, int Start, int End)> Pending = new List<(ISymbol, int, int)>();
            public readonly HashSet<ISymbol> Derived = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            /// <summary>Empties the lists; false when one grew so large (a huge body) that it is better let go than kept.</summary>
            public bool Clear()
            {
                bool keep = Written.Capacity <= 1024 && Assignments.Capacity <= 1024 && Mentions.Capacity <= 1024 && Pending.Capacity <= 1024 && Derived.Count <= 1024;
                Written.Clear();
                Assignments.Clear();
                Mentions.Clear();
                Pending.Clear();
                Derived.Clear();
                return keep;
            }
        }

        private bool NeedsFlow(IOperation block, int maxStatements, GateScratch scratch)
        {
            bool touches = false;
            bool aliases = false;
            int statements = 0;
            var written = scratch.Written;
            var assignments = scratch.Assignments;
            foreach (var operation in new OperationWalk(block))
            {
                // Each test below asks the operation something through an interface: its kind is asked once.
                var kind = operation.Kind;
                if (PassesLimit(operation, kind, ref statements, maxStatements))
                {
                    return false;
                }

                touches = touches || TouchesLibraryArray(operation);

                // Only a library member makes an alias: no summary of a method of the compilation is asked for here.
                aliases = aliases || MayBeOrigin(kind) && OriginOf(operation, summaries: false) == Origin.Alias;
                if (!MayMatterToGate(kind))
                {
                    continue;
                }

                switch (operation)
                {
                    case IAssignmentOperation assignment:
                        if (IsCandidateWrite(operation))
                        {
                            written.Add(assignment.Target);
                        }

                        if (assignment is IDeconstructionAssignmentOperation deconstruction)
                        {
                            foreach (var element in new OperationWalk(deconstruction.Target))
                            {
                                AddAssignment(assignments, element, assignment.Value);
                            }
                        }
                        else if (!IsPlainCopy(assignment.Value))
                        {
                            AddAssignment(assignments, assignment.Target, assignment.Value);
                        }

                        break;
                    case IIncrementOrDecrementOperation increment:
                        if (IsCandidateWrite(operation))
                        {
                            written.Add(increment.Target);
                        }

                        break;
                    case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer && !IsPlainCopy(initializer.Value):
                        assignments.Add((declarator.Symbol, initializer.Value));
                        break;
                    case IForEachLoopOperation loop:
                        foreach (var variable in new OperationWalk(loop.LoopControlVariable))
                        {
                            AddAssignment(assignments, variable, loop.Collection);
                        }

                        break;
                    case IInvocationOperation invocation when IsCandidateWrite(operation):
                        // What the call may write into: its receiver and its arguments.
                        if (invocation.Instance is { } instance)
                        {
                            written.Add(instance);
                        }

                        foreach (var argument in invocation.Arguments)
                        {
                            written.Add(argument.Value);
                        }

                        break;
                }
            }

            if (!touches || written.Count == 0)
            {
                return false;
            }

            // A .NET-array alias anywhere: VA0008 reports writes into the .NET array, which is no library value.
            if (aliases)
            {
                return true;
            }

            // The variables that may hold a derived value, to a fixed point over the body's assignments. Each assigned
            // value is read once: whether it holds an origin, and which variables it mentions (one list, a range each).
            var derived = scratch.Derived;
            var mentions = scratch.Mentions;
            var pending = scratch.Pending;
            foreach (var (target, value) in assignments)
            {
                int start = mentions.Count;
                if (ScanValue(value, mentions, inTarget: false))
                {
                    mentions.RemoveRange(start, mentions.Count - start);
                    derived.Add(target);
                }
                else
                {
                    pending.Add((target, start, mentions.Count));
                }
            }

            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var (target, start, end) in pending)
                {
                    if (!derived.Contains(target) && AnyIn(mentions, start, end, derived))
                    {
                        derived.Add(target);
                        changed = true;
                    }
                }
            }

            foreach (var target in written)
            {
                if (MentionsDerived(target, derived, mentions))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The kinds of the operations the gate's switch takes: the rest are ruled out by kind, before its type tests.</summary>
        internal static bool MayMatterToGate(OperationKind kind) => kind is OperationKind.SimpleAssignment or OperationKind.CompoundAssignment
            or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment or OperationKind.Increment or OperationKind.Decrement
            or OperationKind.VariableDeclarator or OperationKind.Loop or OperationKind.Invocation;

        private static bool AnyIn(List<ISymbol> symbols, int start, int end, HashSet<ISymbol> set)
        {
            for (int i = start; i < end; i++)
            {
                if (set.Contains(symbols[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What an operation's result may be, as far as the gate cares.</summary>
        private enum Origin
        {
            /// <summary>Nothing the rules follow: a fresh array, a scalar, an unknown member.</summary>
            None,

            /// <summary>A view or the operand itself, and nothing else.</summary>
            View,

            /// <summary>
            /// A plain copy (<c>copy()</c>, <c>np.copy</c>, ...), and nothing else: not a selection and not layout-dependent.
            /// Writes into a variable that holds one are reported by no rule; writes into one as a temporary are (VA0003).
            /// </summary>
            Copy,

            /// <summary>Any other value the rules follow: a selection, a layout-dependent or read-only result, or a mix of kinds.</summary>
            Derived,

            /// <summary>A .NET-array alias, or views of the operand in a collection.</summary>
            Alias,
        }

        /// <summary>Whether <paramref name="value"/> is a plain copy at its top: whatever it was made from, the variable it is assigned to holds new memory.</summary>
        /// <remarks>
        /// Only conversions that keep the object (no user-defined operator, which makes a new value) are looked through.
        /// Asking a conversion for its operator is costly (Roslyn builds its whole description each time), so it is asked
        /// only when the operand under every conversion is a copy, which few are.
        /// </remarks>
        private bool IsPlainCopy(IOperation value)
        {
            var inner = value;
            while (inner.Kind == OperationKind.Conversion)
            {
                inner = ((IConversionOperation)inner).Operand;
            }

            if (OriginOf(inner, summaries: false) != Origin.Copy)
            {
                return false;
            }

            for (var conversion = value; !ReferenceEquals(conversion, inner); conversion = ((IConversionOperation)conversion).Operand)
            {
                if (((IConversionOperation)conversion).OperatorMethod is not null)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The origin of a member that may return either of two kinds (its result and a conditional one).</summary>
        private static Origin Combine(Origin a, Origin b) =>
            a == b || b == Origin.None ? a
            : a == Origin.None ? b
            : a == Origin.Alias || b == Origin.Alias ? Origin.Alias
            : Origin.Derived;

        private static void AddAssignment(List<(ISymbol Target, IOperation Value)> assignments, IOperation target, IOperation value)
        {
            if (VariableOf(target) is { } symbol)
            {
                assignments.Add((symbol, value));
            }
        }

        private static ISymbol? VariableOf(IOperation operation) => operation.Kind switch
        {
            OperationKind.FieldReference => MethodFlow.FieldRoot((IFieldReferenceOperation)operation),
            OperationKind.DeclarationExpression => VariableOf(((IDeclarationExpressionOperation)operation).Expression),
            OperationKind.VariableDeclarator => ((IVariableDeclaratorOperation)operation).Symbol,
            _ => MethodFlow.SymbolOf(operation),
        };

        /// <summary>
        /// Whether the write target <paramref name="operation"/> reads a variable of <paramref name="derived"/>, or has
        /// under it an origin that can end a write's chain of views (a copy, a read-only view, a layout-dependent or
        /// index-dependent result: the temporaries VA0003, VA0005 and VA0006 report on). The flow follows a plain view
        /// in a target (<c>a["1:3"].fill(0)</c>) to the variable under it, and no rule reports a write into a temporary
        /// view: so a plain view there needs no graph unless its variable may hold a derived value.
        /// </summary>
        /// <remarks>The variables the target mentions go to the end of <paramref name="mentions"/> while it is read, and are taken off after.</remarks>
        private bool MentionsDerived(IOperation operation, HashSet<ISymbol> derived, List<ISymbol> mentions)
        {
            int start = mentions.Count;
            bool found = ScanValue(operation, mentions, inTarget: true) || AnyIn(mentions, start, mentions.Count, derived);
            mentions.RemoveRange(start, mentions.Count - start);
            return found;
        }

        /// <summary>
        /// Whether <paramref name="operation"/> or anything under it is an origin that matters where it is (in a write
        /// target, or in a value assigned to a variable); else the variables it mentions, in <paramref name="mentions"/>.
        /// A plain copy matters only in a target: a variable holding one is reported by no rule.
        /// </summary>
        private bool ScanValue(IOperation operation, List<ISymbol> mentions, bool inTarget)
        {
            foreach (var d in new OperationWalk(operation))
            {
                var origin = OriginOf(d);
                if (origin is Origin.Derived or Origin.Alias || origin == (inTarget ? Origin.Copy : Origin.View))
                {
                    return true;
                }

                if (VariableOf(d) is { } variable)
                {
                    mentions.Add(variable);
                }
            }

            return false;
        }

        /// <summary>The kinds of the operations <see cref="OriginOf"/> may find an origin in: the rest have none.</summary>
        internal static bool MayBeOrigin(OperationKind kind) => kind is OperationKind.PropertyReference or OperationKind.Invocation or OperationKind.ObjectCreation;

        /// <summary>
        /// Whether an operation makes a value the rules follow: a library member whose result (or any conditional
        /// result) is a view, a copy, the operand itself, layout-dependent, read-only, or by index arguments; or a
        /// method of the compilation that returns a view of a parameter. A setter is not one.
        /// </summary>
        private Origin OriginOf(IOperation operation, bool summaries = true)
        {
            // By kind first (one virtual call): most operations are none of the three, and a type test searches interfaces.
            ISymbol? member = operation.Kind switch
            {
                OperationKind.PropertyReference => ((IPropertyReferenceOperation)operation).Property,
                OperationKind.Invocation => ((IInvocationOperation)operation).TargetMethod,
                OperationKind.ObjectCreation => ((IObjectCreationOperation)operation).Constructor,
                _ => null,
            };
            // The target of an assignment or increment is a setter, not a value the body reads: never an origin.
            if (member is null || operation.Parent is IAssignmentOperation { Target: var target } && ReferenceEquals(target, operation)
                || operation.Parent is IIncrementOrDecrementOperation { Target: var incremented } && ReferenceEquals(incremented, operation))
            {
                return Origin.None;
            }

            if (Semantics.Lookup(member) is { } found)
            {
                if (found.Member.Result is not { } entry)
                {
                    return Origin.None;
                }

                // A result whose kind follows the operand's layout may turn out a copy that VA0005 reports, whatever the table says.
                if (entry.Shape is ShapeRule.Flatten or ShapeRule.Reshape)
                {
                    return Origin.Derived;
                }

                var origin = Classify(entry.Result, entry.IsSelection);
                foreach (var condition in entry.Conditions)
                {
                    origin = Combine(origin, Classify(condition.Then, entry.IsSelection));
                }

                return origin;
            }

            return summaries && operation is IInvocationOperation call && Summarize(call.TargetMethod) is { ReturnsViewOfParameter: not null }
                ? Origin.View
                : Origin.None;
        }

        private static Origin Classify(ResultKind kind, bool isSelection) => kind switch
        {
            ResultKind.AliasesManagedArray or ResultKind.ElementViews => Origin.Alias,
            ResultKind.View or ResultKind.SameObject => Origin.View,
            ResultKind.Copy when !isSelection => Origin.Copy,
            ResultKind.Copy or ResultKind.LayoutDependent or ResultKind.ReadOnlyView or ResultKind.ByIndexArguments => Origin.Derived,
            _ => Origin.None,
        };

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
            if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor or MethodKind.StaticConstructor) || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            // Asked for every call into the compilation's own methods: the cache first (only methods with a library
            // parameter are ever summarized), then the parameters, without allocating.
            if (_summaries.TryGetValue(method, out var known))
            {
                return known;
            }

            if (!HasLibraryParameter(method))
            {
                return null;
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

        private bool HasLibraryParameter(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (Semantics.LibraryOf(parameter.Type) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private MethodSummary? ComputeSummary(IMethodSymbol method, bool shortcut = true)
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

            // A body over the statement limit is not analyzed, nor summarized: its calls are left unknown. So are calls into
            // code that does not bind, and into what is not a method or constructor body (a local function's declaration).
            if (body is not (IMethodBodyOperation or IConstructorBodyOperation) || IsOverLimit(body, MaxStatements(_settings, syntax.SyntaxTree)) || Binding.HasErrors(body))
            {
                return null;
            }

            // A method without a single write the flow would see (Console.WriteLine(x), a score, a check) that returns
            // nothing or a primitive mutates no parameter and returns no view: its summary needs no graph.
            if (shortcut && ReturnsNoArray(method) && !HasCandidateWrite(body))
            {
                return NoEffect;
            }

            var flow = MethodFlow.BuildBody(body, this, 0, static (_, b) => b is IMethodBodyOperation m ? ControlFlowGraph.Create(m) : ControlFlowGraph.Create((IConstructorBodyOperation)b), method)!;
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

        private static readonly MethodSummary NoEffect = new MethodSummary(ImmutableHashSet<int>.Empty, null);

        private static bool ReturnsNoArray(IMethodSymbol method) =>
            method.ReturnsVoid || method.ReturnType.SpecialType is not (SpecialType.None or SpecialType.System_Object);

        private bool HasCandidateWrite(IOperation body)
        {
            foreach (var operation in new OperationWalk(body))
            {
                if (IsCandidateWrite(operation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// For tests: whether the summary of <paramref name="method"/> skips the graph (<c>Shortcut</c>), and whether it
        /// is then what the full computation gives (<c>Agrees</c>, true when it does not skip).
        /// </summary>
        internal (bool Shortcut, bool Agrees) SummaryShortcut(IMethodSymbol method)
        {
            var quick = ComputeSummary(method.OriginalDefinition);
            var full = ComputeSummary(method.OriginalDefinition, shortcut: false);
            bool same = quick is null ? full is null : full is not null && quick.MutatedParameters.SetEquals(full.MutatedParameters) && quick.ReturnsViewOfParameter == full.ReturnsViewOfParameter;
            return (ReferenceEquals(quick, NoEffect), same);
        }

        /// <summary>The array whose memory a write through <paramref name="holder"/> changes.</summary>
        public static ISymbol? RootOf(ISymbol? holder, ArrayValue value) =>
            value.SharesMemoryWithRoot ? value.Root : value.Kind is ValueKind.External ? value.Root ?? holder : holder;
    }
}
