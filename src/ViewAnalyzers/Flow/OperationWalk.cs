using System;
using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.Flow
{
    /// <summary>
    /// An operation and its descendants in pre-order, as Roslyn's <c>DescendantsAndSelf</c> gives them, without allocating
    /// per walk: the stack of child enumerators is an array kept per thread, taken by a walk and given back when the
    /// walk is disposed (a walk started inside another takes a new one). The gate walks every body of a compilation
    /// this way, most of them more than once. Use it in <c>foreach</c> only, and do not copy it.
    /// </summary>
    internal struct OperationWalk : IDisposable
    {
        [ThreadStatic]
        private static IOperation.OperationList.Enumerator[]? s_spare;

        private IOperation.OperationList.Enumerator[]? _stack;
        private IOperation? _root;
        private int _depth;

        public OperationWalk(IOperation root)
        {
            _root = root;
            _stack = null;
            _depth = 0;
            Current = null!;
        }

        public IOperation Current { get; private set; }

        public OperationWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_root is { } root)
            {
                _root = null;
                _stack = s_spare ?? new IOperation.OperationList.Enumerator[16];
                s_spare = null;
                Visit(root);
                return true;
            }

            while (_depth > 0)
            {
                if (_stack![_depth - 1].MoveNext())
                {
                    Visit(_stack[_depth - 1].Current);
                    return true;
                }

                _stack[--_depth] = default;
            }

            return false;
        }

        public void Dispose()
        {
            if (_stack is { } stack)
            {
                Array.Clear(stack, 0, _depth);
                _stack = null;
                _depth = 0;
                s_spare = stack;
            }
        }

        private void Visit(IOperation operation)
        {
            Current = operation;
            if (_depth == _stack!.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_depth++] = operation.ChildOperations.GetEnumerator();
        }
    }
}
