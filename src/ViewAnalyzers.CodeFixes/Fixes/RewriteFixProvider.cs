using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>One node replaced by another, and the title that says what that changes.</summary>
    public sealed class NodeRewrite
    {
        public NodeRewrite(SyntaxNode original, SyntaxNode replacement, string title)
        {
            Original = original;
            Replacement = replacement;
            Title = title;
        }

        public SyntaxNode Original { get; }

        public SyntaxNode Replacement { get; }

        public string Title { get; }
    }

    /// <summary>
    /// A fix that replaces one node per diagnostic. The same <see cref="Rewrite"/> gives the title (no title: no
    /// fix) and the edit; Fix All replaces every node of the document in one pass, and two diagnostics that ask
    /// for the same rewrite share it.
    /// </summary>
    public abstract class RewriteFixProvider : DocumentFixProvider
    {
        /// <summary>The rewrite for one diagnostic, or null when the code has no safe fix.</summary>
        protected abstract NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic);

        protected sealed override async Task<string?> GetTitleAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return root is null || model is null ? null : Rewrite(root, model, diagnostic)?.Title;
        }

        protected sealed override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var rewrites = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (Rewrite(root, model, diagnostic) is { } rewrite)
                {
                    rewrites[rewrite.Original] = rewrite.Replacement;
                }
            }

            return rewrites.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(rewrites.Keys, (original, _) => rewrites[original]));
        }
    }
}
