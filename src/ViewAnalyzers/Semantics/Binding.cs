using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ViewAnalyzers.Semantics
{
    /// <summary>Rules stay silent on code that does not bind: they never guess what broken code meant.</summary>
    internal static class Binding
    {
        /// <summary>True when <paramref name="operation"/> or anything under it is invalid or has an error type.</summary>
        public static bool HasErrors(IOperation? operation)
        {
            if (operation is null)
            {
                return true;
            }

            // Rules ask this of every write they report: one stack per thread rather than an iterator per question.
            var pending = t_pending ??= new System.Collections.Generic.Stack<IOperation>();
            pending.Clear();
            pending.Push(operation);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (IsBroken(current))
                {
                    pending.Clear();
                    return true;
                }

                foreach (var child in current.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            return false;
        }

        [System.ThreadStatic]
        private static System.Collections.Generic.Stack<IOperation>? t_pending;

        /// <summary>True when the syntax has a parse error (a missing token, a skipped token).</summary>
        public static bool HasSyntaxErrors(SyntaxNode syntax)
        {
            if (!syntax.ContainsDiagnostics)
            {
                return false;
            }

            foreach (var diagnostic in syntax.GetDiagnostics())
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBroken(IOperation operation) =>
            operation is IInvalidOperation
            || operation.Type is { TypeKind: TypeKind.Error };
    }
}
