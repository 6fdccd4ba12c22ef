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

    /// <summary>A <see cref="LibraryTable"/> bound to the symbols of one compilation. Built once per compilation.</summary>
    internal sealed class ResolvedLibrary
    {
        private readonly Dictionary<ISymbol, ResolvedMember> _members;
        private readonly ImmutableArray<INamedTypeSymbol> _arrayTypes;
        private readonly ImmutableArray<INamedTypeSymbol> _basicIndexTypes;
        private readonly ImmutableArray<INamedTypeSymbol> _invalidIndexTypes;

        private ResolvedLibrary(
            LibraryTable table,
            ImmutableArray<INamedTypeSymbol> arrayTypes,
            ImmutableArray<INamedTypeSymbol> basicIndexTypes,
            ImmutableArray<INamedTypeSymbol> invalidIndexTypes,
            Dictionary<ISymbol, ResolvedMember> members,
            ImmutableDictionary<string, int> matchesPerEntry)
        {
            Table = table;
            _arrayTypes = arrayTypes;
            _basicIndexTypes = basicIndexTypes;
            _invalidIndexTypes = invalidIndexTypes;
            _members = members;
            MatchesPerEntry = matchesPerEntry;
        }

        public LibraryTable Table { get; }

        /// <summary>How many symbols each entry ID resolved to (a test requires at least one for every entry).</summary>
        public ImmutableDictionary<string, int> MatchesPerEntry { get; }

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

            var entriesBySymbol = new Dictionary<ISymbol, List<MemberEntry>>(SymbolEqualityComparer.Default);
            var matches = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
            var idCache = new Dictionary<(INamedTypeSymbol Type, string? Name), List<(ISymbol Symbol, string Id)>>();
            foreach (var entry in table.Entries)
            {
                int count = 0;
                foreach (var symbol in Match(compilation, assembly, entry, idCache))
                {
                    if (!entriesBySymbol.TryGetValue(symbol, out var list))
                    {
                        entriesBySymbol[symbol] = list = new List<MemberEntry>();
                    }

                    list.Add(entry);
                    count++;
                }

                matches[entry.Id] = count;
            }

            var members = new Dictionary<ISymbol, ResolvedMember>(SymbolEqualityComparer.Default);
            foreach (var pair in entriesBySymbol)
            {
                MemberEntry? result = null;
                var mutates = ImmutableArray.CreateBuilder<string>();
                foreach (var entry in pair.Value)
                {
                    if (entry.Result != ResultKind.Unknown && result is null)
                    {
                        result = entry;
                    }

                    foreach (var m in entry.Mutates)
                    {
                        if (!mutates.Contains(m))
                        {
                            mutates.Add(m);
                        }
                    }
                }

                members[pair.Key] = new ResolvedMember(result, mutates.ToImmutable());
            }

            return new ResolvedLibrary(
                table,
                arrayTypes,
                ResolveTypes(compilation, null, table.BasicIndexTypes),
                ResolveTypes(compilation, null, table.InvalidIndexTypes),
                members,
                matches.ToImmutable());
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

            return _members.TryGetValue(original, out var member) ? member : null;
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

            if (Contains(_invalidIndexTypes, type))
            {
                return IndexArgumentKind.Invalid;
            }

            if (Contains(_basicIndexTypes, type))
            {
                return IndexArgumentKind.Basic;
            }

            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                foreach (var element in tuple.TupleElements)
                {
                    if (!Contains(_basicIndexTypes, element.Type))
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

        private static bool Contains(ImmutableArray<INamedTypeSymbol> types, ITypeSymbol type)
        {
            foreach (var t in types)
            {
                if (SymbolEqualityComparer.Default.Equals(t, type))
                {
                    return true;
                }
            }

            return false;
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
        /// <paramref name="assembly"/> when given, else anywhere (for BCL types such as System.Range).
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

        private static IEnumerable<ISymbol> Match(Compilation compilation, IAssemblySymbol? assembly, MemberEntry entry, Dictionary<(INamedTypeSymbol Type, string? Name), List<(ISymbol Symbol, string Id)>> idCache)
        {
            var id = entry.Id;
            if (id.Length < 3 || id[1] != ':')
            {
                yield break;
            }

            int paren = id.IndexOf('(');
            var qualified = paren < 0 ? id.Substring(2) : id.Substring(2, paren - 2);
            int lastDot = qualified.LastIndexOf('.');
            if (lastDot < 0)
            {
                yield break;
            }

            var type = FindType(compilation, assembly, qualified.Substring(0, lastDot));
            if (type is null)
            {
                yield break;
            }

            bool wildcardMember = qualified.EndsWith(".*", StringComparison.Ordinal);

            // IDs are made only for the members the entry names (a type like np has hundreds); the wildcard needs them all.
            var ids = MemberIds(type, wildcardMember ? null : SymbolName(id[0], qualified.Substring(lastDot + 1)), idCache);
            foreach (var (symbol, memberId) in ids)
            {
                if (memberId[0] != id[0])
                {
                    continue;
                }

                bool matched = wildcardMember
                    ? HasParameters(symbol, entry.Mutates)
                    : Matches(id, memberId);
                if (matched)
                {
                    yield return symbol;
                }
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

        private static List<(ISymbol Symbol, string Id)> MemberIds(INamedTypeSymbol type, string? name, Dictionary<(INamedTypeSymbol Type, string? Name), List<(ISymbol Symbol, string Id)>> cache)
        {
            if (cache.TryGetValue((type, name), out var ids))
            {
                return ids;
            }

            ids = new List<(ISymbol, string)>();
            foreach (var member in name is null ? type.GetMembers() : type.GetMembers(name))
            {
                if (member.DeclaredAccessibility == Accessibility.Public && member is IMethodSymbol or IPropertySymbol)
                {
                    var memberId = DocumentationCommentId.CreateDeclarationId(member);
                    if (memberId is not null)
                    {
                        // Some IDs carry the return type ("~T") to tell overloads apart; the table does not use it.
                        int tilde = memberId.IndexOf('~');
                        if (tilde >= 0)
                        {
                            memberId = memberId.Substring(0, tilde);
                        }

                        ids.Add((member, memberId));
                    }
                }
            }

            cache[(type, name)] = ids;
            return ids;
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
