using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ViewAnalyzers.Semantics
{
    /// <summary>
    /// The libraries known to the analyzers, bound to one compilation. Shared by every analyzer in the
    /// package and computed once per compilation.
    /// </summary>
    internal sealed class LibrarySemantics
    {
        /// <summary>Every library table the package ships. A new library is a new entry here.</summary>
        public static readonly ImmutableArray<LibraryTable> Tables = ImmutableArray.Create(NumSharpTable.Table);

        private static readonly ConditionalWeakTable<Compilation, LibrarySemantics> Cache = new ConditionalWeakTable<Compilation, LibrarySemantics>();

        private LibrarySemantics(ImmutableArray<ResolvedLibrary> libraries)
        {
            Libraries = libraries;
        }

        /// <summary>The referenced libraries; empty when none is referenced.</summary>
        public ImmutableArray<ResolvedLibrary> Libraries { get; }

        /// <summary>The libraries referenced by <paramref name="compilation"/>, or null when there are none.</summary>
        public static LibrarySemantics? For(Compilation compilation) => For(compilation, null);

        /// <summary>
        /// The libraries referenced by <paramref name="compilation"/>, with the user's own tables from
        /// <c>ViewAnalyzers.Semantics.txt</c> files among <paramref name="options"/>' additional files; null when there are none.
        /// </summary>
        public static LibrarySemantics? For(Compilation compilation, AnalyzerOptions? options)
        {
            var semantics = Cache.GetValue(compilation, c => Create(c, options));
            return semantics.Libraries.IsEmpty ? null : semantics;
        }

        /// <summary>The library whose array type <paramref name="type"/> is, or null.</summary>
        public ResolvedLibrary? LibraryOf(ITypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            foreach (var library in Libraries)
            {
                if (library.IsArrayType(type))
                {
                    return library;
                }
            }

            return null;
        }

        /// <summary>The library that describes <paramref name="symbol"/>, with its entry; null when no table names it.</summary>
        public (ResolvedLibrary Library, ResolvedMember Member)? Lookup(ISymbol? symbol)
        {
            foreach (var library in Libraries)
            {
                var member = library.Lookup(symbol);
                if (member is not null)
                {
                    return (library, member);
                }
            }

            return null;
        }

        private static LibrarySemantics Create(Compilation compilation, AnalyzerOptions? options)
        {
            var builder = ImmutableArray.CreateBuilder<ResolvedLibrary>();
            var tables = Tables;
            if (options is not null)
            {
                foreach (var file in options.AdditionalFiles)
                {
                    if (SemanticsFile.IsSemanticsFile(file.Path) && file.GetText(CancellationToken.None) is { } text
                        && SemanticsFile.Parse(file.Path, text).Table is { } userTable)
                    {
                        tables = tables.Add(userTable);
                    }
                }
            }

            foreach (var table in tables)
            {
                var resolved = ResolvedLibrary.TryResolve(compilation, table);
                if (resolved is not null)
                {
                    builder.Add(resolved);
                }
            }

            return new LibrarySemantics(builder.ToImmutable());
        }
    }
}
