using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ViewAnalyzers.Flow
{
    /// <summary>
    /// A straight-line body: statements that run one after the other, each of them built only of operations a control
    /// flow graph keeps as they are (declarations, assignments, calls, indexing, arithmetic, literals), with at most one
    /// return, its last statement. Its graph would be one block between the entry and the exit, holding the same
    /// operations save that declarations become assignments and the return the block's branch value, so the flow layer
    /// builds its flow from the statements themselves and Roslyn is not asked for a graph: in array code most bodies
    /// the gate lets through are of this kind, and building their graphs was the largest part of the analyzers' time.
    /// </summary>
    /// <remarks>
    /// Anything that branches or that a graph rewrites (conditions, loops, switches, <c>?:</c>, <c>??</c>, <c>?.</c>,
    /// <c>&amp;&amp;</c>, <c>||</c>, patterns, <c>throw</c>, <c>try</c>, <c>using</c>, <c>lock</c>, lambdas, local
    /// functions, object and collection initializers, tuples and deconstruction, <c>out var</c>, <c>ref</c> locals, lifted
    /// operators, <c>dynamic</c>, code that does not bind) makes the body an ordinary one, analyzed on its graph. A test
    /// builds both flows of every straight-line body of the test sources and the generated corpus and compares their facts.
    /// </remarks>
    internal static class StraightLine
    {
        /// <summary>The statements of <paramref name="body"/>, nested blocks flattened, when it is straight-line.</summary>
        public static bool TryGetStatements(IOperation body, out ImmutableArray<IOperation> statements) => TryGetStatements(body, out statements, out _, out _);

        /// <inheritdoc cref="TryGetStatements(IOperation, out ImmutableArray{IOperation})"/>
        /// <param name="byReference">Whether an argument passes a variable by <c>ref</c> or <c>out</c>: the only way a
        /// straight-line body leaves a variable to the analysis to drop (it has no lambda, local function or ref local).</param>
        /// <param name="hasErrors">Whether an operation has an error type (an invalid operation makes a body not
        /// straight-line): <see cref="ViewAnalyzers.Semantics.Binding.HasErrors"/> of the body, found on the way.</param>
        public static bool TryGetStatements(IOperation body, out ImmutableArray<IOperation> statements, out bool byReference, out bool hasErrors)
        {
            statements = default;
            byReference = false;
            hasErrors = false;
            var block = body switch
            {
                IMethodBodyOperation { BlockBody: { } blockBody, ExpressionBody: null } => blockBody,
                IMethodBodyOperation { BlockBody: null, ExpressionBody: { } expressionBody } => expressionBody,
                IBlockOperation direct => direct,
                _ => null,
            };

            if (block is null)
            {
                return false;
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            if (!Flatten(block, builder, outermost: true))
            {
                return false;
            }

            foreach (var statement in builder)
            {
                foreach (var operation in new OperationWalk(statement))
                {
                    if (!KeptByGraph(operation))
                    {
                        return false;
                    }

                    byReference = byReference || operation.Kind == OperationKind.Argument && ((IArgumentOperation)operation).Parameter?.RefKind is RefKind.Ref or RefKind.Out;
                    hasErrors = hasErrors || operation.Type is { TypeKind: TypeKind.Error };
                }
            }

            statements = builder.ToImmutable();
            return true;
        }

        private static bool Flatten(IBlockOperation block, ImmutableArray<IOperation>.Builder into, bool outermost)
        {
            var operations = block.Operations;
            for (int i = 0; i < operations.Length; i++)
            {
                switch (operations[i])
                {
                    case IBlockOperation nested:
                        if (!Flatten(nested, into, outermost: false))
                        {
                            return false;
                        }

                        break;

                    // A return ends the body: only as the outermost block's last statement (then nothing is unreachable).
                    case IReturnOperation { Kind: OperationKind.Return } when outermost && i == operations.Length - 1:
                        into.Add(operations[i]);
                        break;

                    case IReturnOperation:
                        return false;

                    default:
                        into.Add(operations[i]);
                        break;
                }
            }

            return true;
        }

        /// <summary>Whether a graph holds <paramref name="operation"/> as it is, in the block of the statement it belongs to.</summary>
        /// <remarks>By kind (one virtual call) rather than by type (a search of the operation's interfaces per case).</remarks>
        private static bool KeptByGraph(IOperation operation)
        {
            switch (operation.Kind)
            {
                case OperationKind.ExpressionStatement:
                case OperationKind.VariableDeclarationGroup:
                case OperationKind.VariableInitializer:
                case OperationKind.Return:
                case OperationKind.YieldReturn:
                case OperationKind.YieldBreak:
                case OperationKind.Argument:
                case OperationKind.LocalReference:
                case OperationKind.ParameterReference:
                case OperationKind.FieldReference:
                case OperationKind.PropertyReference:
                case OperationKind.ArrayElementReference:
                case OperationKind.Literal:
                case OperationKind.Conversion:
                case OperationKind.ArrayCreation:
                case OperationKind.ArrayInitializer:
                case OperationKind.InstanceReference:
                case OperationKind.DefaultValue:
                case OperationKind.TypeOf:
                case OperationKind.SizeOf:
                case OperationKind.NameOf:
                case OperationKind.InterpolatedString:
                case OperationKind.Interpolation:
                case OperationKind.InterpolatedStringText:
                case OperationKind.Range:
                case OperationKind.Empty:
                    return true;
                case OperationKind.VariableDeclaration:
                    return ((IVariableDeclarationOperation)operation).Initializer is null;
                case OperationKind.VariableDeclarator:
                    return ((IVariableDeclaratorOperation)operation).Symbol.RefKind == RefKind.None;
                case OperationKind.SimpleAssignment:
                    return !((ISimpleAssignmentOperation)operation).IsRef;
                case OperationKind.CompoundAssignment:
                    return !((ICompoundAssignmentOperation)operation).IsLifted;
                case OperationKind.Increment:
                case OperationKind.Decrement:
                    return !((IIncrementOrDecrementOperation)operation).IsLifted;
                case OperationKind.Unary:
                    return !((IUnaryOperation)operation).IsLifted;
                case OperationKind.Binary:
                    return ((IBinaryOperation)operation) is { IsLifted: false, OperatorKind: not (BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr) };
                case OperationKind.Invocation:
                    return ((IInvocationOperation)operation).TargetMethod.MethodKind != MethodKind.LocalFunction;
                case OperationKind.ObjectCreation:
                    return ((IObjectCreationOperation)operation).Initializer is null;
                default:
                    return false;
            }
        }
    }

    internal sealed partial class MethodFlow
    {
        private MethodFlow(IOperation body, ImmutableArray<IOperation> statements, FlowContext context, ISymbol? owner)
        {
            _root = body;
            _statements = statements;
            _context = context;
            Owner = owner;
        }

        /// <summary>
        /// The flow of a method or constructor body: from its statements when it is straight-line, else on the graph
        /// <paramref name="graph"/> gives (asked of <paramref name="state"/>, so that callers need not allocate a closure);
        /// null when the graph is needed and there is none. <paramref name="owner"/> is the body's method when the caller
        /// knows it (else the semantic model is asked).
        /// </summary>
        public static MethodFlow? BuildBody<TState>(IOperation body, FlowContext context, TState state, System.Func<TState, IOperation, ControlFlowGraph?> graph, ISymbol? owner = null) =>
            BuildStraightLine(body, context, owner) ?? (graph(state, body) is { } cfg ? Build(cfg, context, owner) : null);

        /// <summary>
        /// The flow of a straight-line body (<see cref="StraightLine"/>), built from its statements without a graph; null
        /// when the body is not straight-line (then <see cref="Build"/> on its graph).
        /// </summary>
        public static MethodFlow? BuildStraightLine(IOperation body, FlowContext context, ISymbol? owner = null)
        {
            if (!StraightLine.TryGetStatements(body, out var statements, out bool byReference, out bool hasErrors))
            {
                return null;
            }

            var model = body.SemanticModel;
            owner ??= model?.GetDeclaredSymbol(body.Syntax) ?? model?.GetEnclosingSymbol(body.Syntax.SpanStart);
            var flow = new MethodFlow(body, statements, context, owner);
            flow._bodyBinds = BodyBindsWhen(!hasErrors);
            flow.BuildEdges();
            // Without lambdas, local functions and ref locals, only ref and out arguments leave variables untracked.
            if (byReference)
            {
                flow.CollectUntracked();
            }

            flow.BuildEvents();
            return flow.Solve() ? flow : Empty;
        }
    }
}
