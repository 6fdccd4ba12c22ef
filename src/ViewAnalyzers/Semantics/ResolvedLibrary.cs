using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ViewAnalyzers.Semantics
{
    /// <summary>What the table says about one symbol, merged over every entry that names it.</summary>
    internal sealed class ResolvedMember
    {
        public ResolvedMember(MemberEntry? result, ImmutableArray<string> mutates)
        {
            Result = result;
            Mutates = mutates;
        }

        /// <summary>The entry that describes the result, if any.</summary>
        public MemberEntry? Result { get; }

        /// <summary>Operands written by a call (or an indexer setter): <see cref="MemberEntry.Receiver"/> or parameter names.</summary>
        public ImmutableArray<string> Mutates { get; }
    }

    /// <summary>
    /// A <see cref="LibraryTable"/> bound to the symbols of one compilation, built once per compilation. Types
    /// are bound up front; members on first use, so a compilation pays for the few dozen members its code
    /// calls rather than for every overload the table names.
    /// </summary>
    internal sealed class ResolvedLibrary
    {
        private readonly Dictionary<INamedTypeSymbol, TypeEntries> _entriesByType;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, ResolvedMember?> _members =
            new System.Collections.Concurrent.ConcurrentDictionary<ISymbol, ResolvedMember?>(SymbolEqualityComparer.Default);
        private readonly ImmutableArray<INamedTypeSymbol> _arrayTypes;
        private readonly Func<ISymbol, ResolvedMember?> _resolve;

        private ResolvedLibrary(
            LibraryTable table,
            ImmutableArray<INamedTypeSymbol> arrayTypes,
            Dictionary<INamedTypeSymbol, TypeEntries> entriesByType)
        {
            Table = table;
            _arrayTypes = arrayTypes;
            _entriesByType = entriesByType;
            _resolve = Resolve;
        }

        public LibraryTable Table { get; }

        /// <summary>How many members each entry ID names, counted over every public member of the table's types (for tests; analyzers never enumerate).</summary>
        public ImmutableDictionary<string, int> MatchesPerEntry()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in Table.Entries)
            {
                counts[entry.Id] = 0;
            }

            foreach (var type in _entriesByType.Keys)
            {
                foreach (var member in type.GetMembers())
                {
                    foreach (var entry in MatchingEntries(member))
                    {
                        counts[entry.Id]++;
                    }
                }
            }

            return counts.ToImmutableDictionary(StringComparer.Ordinal);
        }

        /// <summary>Binds <paramref name="table"/> to <paramref name="compilation"/>; null when the library is not referenced.</summary>
        public static ResolvedLibrary? TryResolve(Compilation compilation, LibraryTable table)
        {
            // Types are looked up in the library's own assembly only: a user's type of the same name is not the library.
            IAssemblySymbol? assembly = null;
            if (table.AssemblyName is not null)
            {
                foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
                {
                    if (referenced.Name == table.AssemblyName)
                    {
                        assembly = referenced;
                        break;
                    }
                }

                if (assembly is null)
                {
                    return null;
                }
            }

            var arrayTypes = ResolveTypes(compilation, assembly, table.ArrayTypes);
            if (arrayTypes.IsDefaultOrEmpty || arrayTypes.Length != table.ArrayTypes.Length)
            {
                return null;
            }

            // Each entry filed under its type and member name; an entry naming a missing type names nothing.
            var entriesByType = new Dictionary<INamedTypeSymbol, TypeEntries>(SymbolEqualityComparer.Default);
            var typeCache = new Dictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);
            for (int order = 0; order < table.Entries.Length; order++)
            {
                var entry = table.Entries[order];
                if (!TryParse(entry.Id, out var typeName, out var memberName))
                {
                    continue;
                }

                if (!typeCache.TryGetValue(typeName, out var type))
                {
                    typeCache[typeName] = type = FindType(compilation, assembly, typeName);
                }

                if (type is null)
                {
                    continue;
                }

                if (!entriesByType.TryGetValue(type, out var entries))
                {
                    entriesByType[type] = entries = new TypeEntries();
                }

                entries.Add(memberName, order, entry);
                if (memberName == "this[]")
                {
                    // "P:T.Item(…)" is an indexer, or a property that happens to be called Item.
                    entries.Add("Item", order, entry);
                }
            }

            return new ResolvedLibrary(table, arrayTypes, entriesByType);
        }

        /// <summary>True for the library's array types and types derived from them.</summary>
        public bool IsArrayType(ITypeSymbol? type)
        {
            for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
            {
                var original = t.OriginalDefinition;
                foreach (var arrayType in _arrayTypes)
                {
                    if (SymbolEqualityComparer.Default.Equals(original, arrayType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>What the table says about <paramref name="symbol"/> (any constructed form), or null.</summary>
        public ResolvedMember? Lookup(ISymbol? symbol)
        {
            if (symbol is null)
            {
                return null;
            }

            var original = symbol.OriginalDefinition;
            if (original is IMethodSymbol { ReducedFrom: { } reduced })
            {
                original = reduced.OriginalDefinition;
            }

            if (original.ContainingType is not { } containing || !_entriesByType.ContainsKey(containing.OriginalDefinition))
            {
                return null;
            }

            return _members.TryGetValue(original, out var known) ? known : _members.GetOrAdd(original, _resolve);
        }

        /// <summary>What every entry naming <paramref name="symbol"/> says, merged: the first entry with a result gives it; mutations add up.</summary>
        private ResolvedMember? Resolve(ISymbol symbol)
        {
            MemberEntry? result = null;
            ImmutableArray<string>.Builder? mutates = null;
            foreach (var entry in MatchingEntries(symbol))
            {
                if (entry.Result != ResultKind.Unknown && result is null)
                {
                    result = entry;
                }

                mutates ??= ImmutableArray.CreateBuilder<string>();
                foreach (var m in entry.Mutates)
                {
                    if (!mutates.Contains(m))
                    {
                        mutates.Add(m);
                    }
                }
            }

            return mutates is null ? null : new ResolvedMember(result, mutates.ToImmutable());
        }

        /// <summary>The entries naming <paramref name="member"/> (a member of one of the table's types), in table order.</summary>
        private IEnumerable<MemberEntry> MatchingEntries(ISymbol member)
        {
            if (member.DeclaredAccessibility != Accessibility.Public
                || member is not (IMethodSymbol or IPropertySymbol)
                || member.ContainingType is not { } type
                || !_entriesByType.TryGetValue(type.OriginalDefinition, out var entries)
                || entries.For(member.Name) is not { Count: > 0 } candidates)
            {
                yield break;
            }

            var memberId = DocumentationCommentId.CreateDeclarationId(member);
            if (memberId is null)
            {
                yield break;
            }

            // Some IDs carry the return type ("~T") to tell overloads apart; the table does not use it.
            int tilde = memberId.IndexOf('~');
            if (tilde >= 0)
            {
                memberId = memberId.Substring(0, tilde);
            }

            foreach (var (entry, wildcard) in candidates)
            {
                if (memberId[0] == entry.Id[0] && (wildcard ? HasParameters(member, entry.Mutates) : Matches(entry.Id, memberId)))
                {
                    yield return entry;
                }
            }
        }

        /// <summary>Splits an ID ("M:NumSharp.np.copyto(…)", "P:NumSharp.NDArray.*") into its type and its member's symbol name (null: every member).</summary>
        private static bool TryParse(string id, out string typeName, out string? memberName)
        {
            typeName = string.Empty;
            memberName = null;
            if (id.Length < 3 || id[1] != ':')
            {
                return false;
            }

            int paren = id.IndexOf('(');
            var qualified = paren < 0 ? id.Substring(2) : id.Substring(2, paren - 2);
            int lastDot = qualified.LastIndexOf('.');
            if (lastDot < 0)
            {
                return false;
            }

            typeName = qualified.Substring(0, lastDot);
            var last = qualified.Substring(lastDot + 1);
            memberName = last == "*" ? null : SymbolName(id[0], last);
            return true;
        }

        /// <summary>The table's entries for one type, filed by member name, each with its place in the table.</summary>
        private sealed class TypeEntries
        {
            private readonly Dictionary<string, List<(int Order, MemberEntry Entry)>> _byName = new Dictionary<string, List<(int, MemberEntry)>>(StringComparer.Ordinal);
            private readonly List<(int Order, MemberEntry Entry)> _wildcards = new List<(int, MemberEntry)>();
            private readonly Dictionary<string, List<(MemberEntry Entry, bool Wildcard)>> _merged = new Dictionary<string, List<(MemberEntry, bool)>>(StringComparer.Ordinal);

            public void Add(string? memberName, int order, MemberEntry entry)
            {
                if (memberName is null)
                {
                    _wildcards.Add((order, entry));
                    return;
                }

                if (!_byName.TryGetValue(memberName, out var list))
                {
                    _byName[memberName] = list = new List<(int, MemberEntry)>();
                }

                list.Add((order, entry));
            }

            /// <summary>Entries that may name a member called <paramref name="name"/>: its own and the type's wildcards, in table order.</summary>
            public List<(MemberEntry Entry, bool Wildcard)> For(string name)
            {
                lock (_merged)
                {
                    if (_merged.TryGetValue(name, out var merged))
                    {
                        return merged;
                    }

                    var all = new List<(int Order, MemberEntry Entry, bool Wildcard)>();
                    if (_byName.TryGetValue(name, out var named))
                    {
                        foreach (var (order, entry) in named)
                        {
                            all.Add((order, entry, false));
                        }
                    }

                    foreach (var (order, entry) in _wildcards)
                    {
                        all.Add((order, entry, true));
                    }

                    all.Sort((a, b) => a.Order.CompareTo(b.Order));
                    merged = all.ConvertAll(e => (e.Entry, e.Wildcard));
                    _merged[name] = merged;
                    return merged;
                }
            }
        }

        /// <summary>
        /// The result of one use of a member: its entry's kind after conditions. <paramref name="rankOf"/>
        /// answers the rank of an operand when the flow layer knows it (null: unknown).
        /// A condition that cannot be decided gives <see cref="ResultKind.Unknown"/>.
        /// </summary>
        public ResultKind Evaluate(MemberEntry entry, ImmutableArray<IArgumentOperation> arguments, Func<IOperation, int?>? rankOf)
        {
            foreach (var condition in entry.Conditions)
            {
                var argument = FindArgument(arguments, condition.Parameter);
                bool? holds = condition.Kind switch
                {
                    ConditionKind.Given => argument is not null && argument.ArgumentKind != ArgumentKind.DefaultValue,
                    ConditionKind.ConstantIs => ConstantIs(argument, condition.Value),
                    ConditionKind.IsSzArray => argument is not null && Unwrap(argument.Value).Type is IArrayTypeSymbol { IsSZArray: true },
                    ConditionKind.RankIs => RankIs(argument, condition.Rank, rankOf),
                    _ => null,
                };

                if (holds is null)
                {
                    return ResultKind.Unknown;
                }

                if (holds.Value)
                {
                    return condition.Then;
                }
            }

            return entry.Result;
        }

        /// <summary>
        /// The result of a <see cref="ResultKind.ByIndexArguments"/> indexer: a view when every index is
        /// basic, a copy when any is advanced, <see cref="ResultKind.Unknown"/> when an index is invalid or unknown.
        /// </summary>
        public ResultKind EvaluateIndexArguments(ImmutableArray<IArgumentOperation> arguments)
        {
            bool anyAdvanced = false;
            bool allBasic = true;
            foreach (var index in IndexValues(arguments))
            {
                switch (ClassifyIndex(index.Type))
                {
                    case IndexArgumentKind.Advanced:
                        anyAdvanced = true;
                        break;
                    case IndexArgumentKind.Basic:
                        break;
                    default:
                        allBasic = false;
                        break;
                }
            }

            return anyAdvanced ? ResultKind.Copy : allBasic ? ResultKind.View : ResultKind.Unknown;
        }

        /// <summary>
        /// The index values of an indexer call as written: the elements of a <c>params</c> array in expanded
        /// form, each seen through its conversion to the parameter's element type.
        /// </summary>
        public static IEnumerable<IOperation> IndexValues(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } init })
                {
                    foreach (var element in init.ElementValues)
                    {
                        yield return Unwrap(element);
                    }
                }
                else
                {
                    yield return Unwrap(argument.Value);
                }
            }
        }

        /// <summary>How the library treats one index value of static type <paramref name="type"/>.</summary>
        public IndexArgumentKind ClassifyIndex(ITypeSymbol? type)
        {
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return IndexArgumentKind.Unknown;
            }

            if (IsAnyOf(Table.InvalidIndexTypes, type))
            {
                return IndexArgumentKind.Invalid;
            }

            if (IsAnyOf(Table.BasicIndexTypes, type))
            {
                return IndexArgumentKind.Basic;
            }

            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                foreach (var element in tuple.TupleElements)
                {
                    if (!IsAnyOf(Table.BasicIndexTypes, element.Type))
                    {
                        return IndexArgumentKind.Unknown;
                    }
                }

                return IndexArgumentKind.Basic;
            }

            if (type is IArrayTypeSymbol || IsArrayType(type))
            {
                return IndexArgumentKind.Advanced;
            }

            if (type.SpecialType != SpecialType.System_String)
            {
                foreach (var iface in type.AllInterfaces)
                {
                    if (iface.SpecialType == SpecialType.System_Collections_IEnumerable)
                    {
                        return IndexArgumentKind.Advanced;
                    }
                }
            }

            return IndexArgumentKind.Unknown;
        }

        /// <summary>The argument passed for the parameter named <paramref name="name"/>, or for the receiver when the name is <see cref="MemberEntry.Receiver"/>.</summary>
        public static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>Looks through conversions that keep the object (boxing, reference and user-defined conversions to a library type are not unwrapped past the value).</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.Operand is not null)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool? ConstantIs(IArgumentOperation? argument, bool value)
        {
            if (argument is null)
            {
                return false;
            }

            var constant = Unwrap(argument.Value).ConstantValue;
            if (!constant.HasValue)
            {
                return null;
            }

            return constant.Value is bool b ? b == value : false;
        }

        private static bool? RankIs(IArgumentOperation? argument, int rank, Func<IOperation, int?>? rankOf)
        {
            if (argument is null || rankOf is null)
            {
                return null;
            }

            var known = rankOf(argument.Value);
            return known is null ? null : known == rank;
        }

        /// <summary>
        /// Whether <paramref name="type"/> has one of <paramref name="names"/> (full names, nested types written
        /// with dots), in whichever assembly defines it: index types such as System.Range come from the core
        /// library or a polyfill, and are matched by name rather than looked up across every reference.
        /// </summary>
        private static bool IsAnyOf(ImmutableArray<string> names, ITypeSymbol type)
        {
            foreach (var name in names)
            {
                if (HasFullName(type, name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasFullName(ITypeSymbol type, string name)
        {
            // Compare from the right: the type's own name, then each containing type and namespace, without building a string.
            int end = name.Length;
            for (ISymbol current = type; ; current = current.ContainingSymbol!)
            {
                var part = current.MetadataName;
                int start = end - part.Length;
                if (start < 0 || string.CompareOrdinal(name, start, part, 0, part.Length) != 0)
                {
                    return false;
                }

                bool outermost = current.ContainingSymbol is null or INamespaceSymbol { IsGlobalNamespace: true };
                if (start == 0 || outermost)
                {
                    return start == 0 && outermost;
                }

                if (name[start - 1] != '.')
                {
                    return false;
                }

                end = start - 1;
            }
        }

        private static ImmutableArray<INamedTypeSymbol> ResolveTypes(Compilation compilation, IAssemblySymbol? assembly, ImmutableArray<string> names)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in names)
            {
                var type = FindType(compilation, assembly, name);
                if (type is not null)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// Finds a type by its documentation-comment name, where nested types are written with dots: in
        /// <paramref name="assembly"/> when given, else anywhere (a semantics file may name no assembly).
        /// </summary>
        private static INamedTypeSymbol? FindType(Compilation compilation, IAssemblySymbol? assembly, string name)
        {
            var candidate = name;
            while (true)
            {
                var type = assembly is null ? compilation.GetTypeByMetadataName(candidate) : assembly.GetTypeByMetadataName(candidate);
                if (type is not null)
                {
                    return type;
                }

                int dot = candidate.LastIndexOf('.');
                if (dot < 0)
                {
                    return null;
                }

                candidate = candidate.Substring(0, dot) + "+" + candidate.Substring(dot + 1);
            }
        }

        /// <summary>The name a member has in the symbol model, from its name in a documentation-comment ID.</summary>
        private static string SymbolName(char kind, string idName)
        {
            int generic = idName.IndexOf("``", StringComparison.Ordinal);
            if (generic >= 0)
            {
                idName = idName.Substring(0, generic);
            }

            return idName switch
            {
                "#ctor" => WellKnownMemberNames.InstanceConstructorName,
                "#cctor" => WellKnownMemberNames.StaticConstructorName,
                "Item" when kind == 'P' => "this[]",
                _ => idName,
            };
        }

        private static bool Matches(string pattern, string memberId)
        {
            if (pattern.EndsWith("*)", StringComparison.Ordinal))
            {
                var prefix = pattern.Substring(0, pattern.Length - 2);
                if (memberId.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }

                // "(A,*)" also matches "(A)".
                return prefix.EndsWith(",", StringComparison.Ordinal)
                    && memberId == prefix.Substring(0, prefix.Length - 1) + ")";
            }

            if (pattern.IndexOf('(') < 0)
            {
                return memberId == pattern || memberId.StartsWith(pattern + "(", StringComparison.Ordinal);
            }

            return memberId == pattern;
        }

        private static bool HasParameters(ISymbol symbol, ImmutableArray<string> names)
        {
            var parameters = symbol switch
            {
                IMethodSymbol m => m.Parameters,
                IPropertySymbol p => p.Parameters,
                _ => ImmutableArray<IParameterSymbol>.Empty,
            };
            foreach (var name in names)
            {
                bool found = false;
                foreach (var p in parameters)
                {
                    found |= p.Name == name;
                }

                if (!found)
                {
                    return false;
                }
            }

            return !names.IsEmpty;
        }
    }
}
