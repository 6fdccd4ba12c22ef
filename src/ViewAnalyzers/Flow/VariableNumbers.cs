using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.Flow
{
    /// <summary>
    /// A flow's variables, numbered densely in the order they are first met. Looked up by the symbol object first and by
    /// symbol equality only for an object not met before: Roslyn hands out one object per variable in a body almost
    /// always, and a symbol's equality hash reads its declaring token and containing method, memory a long body's
    /// walk has long left (with no body length limit, in a profile of the 4,000-alias method, hashing symbols was 15%
    /// of the flow's samples and over half of the "read later" question's). The object lookup is a cache of the
    /// equality lookup and answers the same. Numbers are added only while the flow is built, on one thread; after that
    /// both maps are only read, from any thread.
    /// </summary>
    internal sealed class VariableNumbers
    {
        private readonly Dictionary<ISymbol, int> _byObject = new Dictionary<ISymbol, int>(ObjectIdentity.Instance);
        private readonly Dictionary<ISymbol, int> _bySymbol = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        private readonly List<ISymbol> _symbols = new List<ISymbol>();

        /// <summary>How many variables are numbered.</summary>
        public int Count => _symbols.Count;

        /// <summary>The variable numbered <paramref name="id"/>, as first met.</summary>
        public ISymbol this[int id] => _symbols[id];

        /// <summary>The number of <paramref name="symbol"/>, numbering it if it has none. Only while the flow is built.</summary>
        public int Add(ISymbol symbol)
        {
            if (_byObject.TryGetValue(symbol, out int id))
            {
                return id;
            }

            if (!_bySymbol.TryGetValue(symbol, out id))
            {
                _bySymbol[symbol] = id = _symbols.Count;
                _symbols.Add(symbol);
            }

            _byObject[symbol] = id;
            return id;
        }

        /// <summary>The number of <paramref name="symbol"/>, or -1 if it has none.</summary>
        public int Find(ISymbol symbol) =>
            _byObject.TryGetValue(symbol, out int id) || _bySymbol.TryGetValue(symbol, out id) ? id : -1;

        private sealed class ObjectIdentity : IEqualityComparer<ISymbol>
        {
            public static readonly ObjectIdentity Instance = new ObjectIdentity();

            public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

            public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
