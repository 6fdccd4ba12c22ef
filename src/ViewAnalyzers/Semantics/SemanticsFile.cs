using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace ViewAnalyzers.Semantics
{
    /// <summary>An invalid line of a semantics file: where, and why.</summary>
    internal readonly struct SemanticsFileError
    {
        public SemanticsFileError(int line, TextSpan span, string message)
        {
            Line = line;
            Span = span;
            Message = message;
        }

        /// <summary>The zero-based line number.</summary>
        public int Line { get; }

        public TextSpan Span { get; }

        public string Message { get; }
    }

    /// <summary>
    /// Parses <c>ViewAnalyzers.Semantics.txt</c>: the members of a user's own array types, in the same model as the
    /// shipped tables. One declaration a line; <c>#</c> starts a comment. Members are named by documentation
    /// comment ID, with the same patterns as the shipped tables (no parameter list: every overload;
    /// <c>(A,*)</c>: any further parameters).
    /// <code>
    /// array    T:Contoso.Tensors.Grid                        # values of this type are tracked
    /// copy-method T:Contoso.Tensors.Grid Clone               # what the fixes call to copy (default: none)
    /// view     M:Contoso.Tensors.Grid.Row(System.Int32)      # returns a view of its receiver
    /// view     M:Contoso.Tensors.Ops.Window of source        # ... of the parameter named 'source'
    /// copy     M:Contoso.Tensors.Grid.Select selection       # a copy by selection (VA0002 can report it)
    /// copy     M:Contoso.Tensors.Grid.Clone
    /// readonly M:Contoso.Tensors.Grid.Diagonal
    /// same     M:Contoso.Tensors.Grid.AsGrid
    /// fresh    M:Contoso.Tensors.Grid.Zeros
    /// mutates this M:Contoso.Tensors.Grid.Fill               # writes into its receiver
    /// mutates destination M:Contoso.Tensors.Ops.CopyInto     # writes into its parameter 'destination'
    /// </code>
    /// </summary>
    internal static class SemanticsFile
    {
        public const string FileName = "ViewAnalyzers.Semantics.txt";

        public static bool IsSemanticsFile(string path) =>
            string.Equals(System.IO.Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        public static (LibraryTable? Table, ImmutableArray<SemanticsFileError> Errors) Parse(string path, SourceText text)
        {
            var arrayTypes = ImmutableArray.CreateBuilder<string>();
            var entries = ImmutableArray.CreateBuilder<MemberEntry>();
            var errors = ImmutableArray.CreateBuilder<SemanticsFileError>();
            string copyMethod = string.Empty;

            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                int hash = content.IndexOf('#');
                if (hash >= 0)
                {
                    content = content.Substring(0, hash);
                }

                var words = content.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                string? error = null;
                switch (words[0])
                {
                    case "array":
                        error = words.Length == 2 && IsId(words[1], 'T') ? null : "expected 'array T:Namespace.Type'";
                        if (error is null)
                        {
                            arrayTypes.Add(words[1].Substring(2));
                        }

                        break;
                    case "copy-method":
                        error = words.Length == 3 && IsId(words[1], 'T') && IsIdentifier(words[2]) ? null : "expected 'copy-method T:Namespace.Type MethodName'";
                        if (error is null)
                        {
                            copyMethod = words[2];
                        }

                        break;
                    case "mutates":
                        error = words.Length == 3 && (words[1] == MemberEntry.Receiver || IsIdentifier(words[1])) && IsMember(words[2])
                            ? null
                            : "expected 'mutates this|parameterName M:Namespace.Type.Member'";
                        if (error is null)
                        {
                            entries.Add(EntryBuilder.Member(words[2]).Mutates(words[1]));
                        }

                        break;
                    default:
                        if (Kind(words[0]) is not ResultKind kind)
                        {
                            error = $"unknown declaration '{words[0]}': expected array, copy-method, view, copy, readonly, same, fresh or mutates";
                            break;
                        }

                        error = ParseResult(words, kind, entries);
                        break;
                }

                if (error is not null)
                {
                    errors.Add(new SemanticsFileError(line.LineNumber, line.Span, error));
                }
            }

            if (arrayTypes.Count == 0)
            {
                if (entries.Count > 0 && errors.Count == 0)
                {
                    errors.Add(new SemanticsFileError(0, text.Lines.Count > 0 ? text.Lines[0].Span : default, "no 'array T:…' line: declare the array types the members belong to"));
                }

                return (null, errors.ToImmutable());
            }

            var table = new LibraryTable(
                name: path,
                assemblyName: null,
                arrayTypes: arrayTypes.ToImmutable(),
                copyMethod: copyMethod,
                basicIndexTypes: ImmutableArray<string>.Empty,
                invalidIndexTypes: ImmutableArray<string>.Empty,
                entries: entries.ToImmutable());
            return (table, errors.ToImmutable());
        }

        private static string? ParseResult(string[] words, ResultKind kind, ImmutableArray<MemberEntry>.Builder entries)
        {
            if (words.Length < 2 || !IsMember(words[1]))
            {
                return $"expected '{words[0]} M:Namespace.Type.Member' (a documentation comment ID)";
            }

            var builder = EntryBuilder.Returns(kind, words[1]);
            for (int i = 2; i < words.Length; i++)
            {
                if (words[i] == "selection" && kind == ResultKind.Copy)
                {
                    builder.Selection();
                }
                else if (words[i] == "of" && i + 1 < words.Length && (words[i + 1] == MemberEntry.Receiver || IsIdentifier(words[i + 1])))
                {
                    builder.Of(words[++i]);
                }
                else
                {
                    return $"unexpected '{words[i]}': after the member, only 'of operand' and, for copy, 'selection' may follow";
                }
            }

            entries.Add(builder);
            return null;
        }

        private static ResultKind? Kind(string word) => word switch
        {
            "view" => ResultKind.View,
            "copy" => ResultKind.Copy,
            "readonly" => ResultKind.ReadOnlyView,
            "same" => ResultKind.SameObject,
            "fresh" => ResultKind.Fresh,
            _ => null,
        };

        private static bool IsMember(string id) => IsId(id, 'M') || IsId(id, 'P');

        private static bool IsId(string id, char kind) =>
            id.Length > 3 && id[0] == kind && id[1] == ':' && id.IndexOf('.', 2) > 2 && !id.EndsWith(".", StringComparison.Ordinal);

        private static bool IsIdentifier(string word)
        {
            if (word.Length == 0 || !(char.IsLetter(word[0]) || word[0] == '_'))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
