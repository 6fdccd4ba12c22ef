using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>VA0007: rewrites an indexer's C# ranges and indices as one NumSharp slice string.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0007UseSliceStringCodeFix)), Shared]
    public sealed class VA0007UseSliceStringCodeFix : DocumentFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0007");

        protected override async Task<string?> GetTitleAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var rewrite = await FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            return rewrite is null ? null : $"Use the slice string {rewrite.Value.Replacement}";
        }

        protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var rewrites = new Dictionary<BracketedArgumentListSyntax, ExpressionSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                if (await FindAsync(document, diagnostic, cancellationToken).ConfigureAwait(false) is { } rewrite)
                {
                    rewrites[rewrite.Arguments] = rewrite.Replacement;
                }
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || rewrites.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceNodes(
                rewrites.Keys,
                (original, _) => SyntaxFactory.BracketedArgumentList(
                        SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(rewrites[original])))
                    .WithTriviaFrom(original));
            return document.WithSyntaxRoot(newRoot);
        }

        private static async Task<(BracketedArgumentListSyntax Arguments, ExpressionSyntax Replacement)?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var access = node.AncestorsAndSelf().OfType<ElementAccessExpressionSyntax>().FirstOrDefault();
            if (access is null || model.GetOperation(access, cancellationToken) is not IPropertyReferenceOperation reference)
            {
                return null;
            }

            if (!SliceSpelling.TrySpellIndices(ResolvedLibrary.IndexValues(reference.Arguments), out var pieces))
            {
                return null;
            }

            return (access.ArgumentList, ToExpression(pieces));
        }

        private static ExpressionSyntax ToExpression(ImmutableArray<SlicePiece> pieces)
        {
            if (pieces.All(p => p.Text is not null))
            {
                var text = string.Concat(pieces.Select(p => p.Text));
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
            }

            var source = new StringBuilder("$\"");
            foreach (var piece in pieces)
            {
                if (piece.Text is not null)
                {
                    var escaped = SyntaxFactory.Literal(piece.Text).Text;
                    source.Append(escaped.Substring(1, escaped.Length - 2).Replace("{", "{{").Replace("}", "}}"));
                }
                else
                {
                    var syntax = (ExpressionSyntax)piece.Expression!.Syntax;
                    var simple = syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax;
                    source.Append('{').Append(simple ? syntax.ToString() : "(" + syntax + ")").Append('}');
                }
            }

            source.Append('"');
            return SyntaxFactory.ParseExpression(source.ToString());
        }
    }
}
