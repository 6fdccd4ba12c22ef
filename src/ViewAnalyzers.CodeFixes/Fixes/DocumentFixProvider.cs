using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix that rewrites one document for any number of its diagnostics at once. A single fix and
    /// Fix All go through the same <see cref="FixAsync"/>, so Fix All never merges text edits blindly.
    /// </summary>
    public abstract class DocumentFixProvider : CodeFixProvider
    {
        public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var title = await GetTitleAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (title is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        equivalenceKey: EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>One key per provider: Fix All applies the same kind of fix everywhere.</summary>
        protected string EquivalenceKey => GetType().Name;

        /// <summary>The title for one diagnostic, or null when this diagnostic has no fix.</summary>
        protected abstract Task<string?> GetTitleAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

        /// <summary>Fixes every diagnostic in <paramref name="diagnostics"/>, all of which are in <paramref name="document"/>.</summary>
        protected abstract Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            private readonly DocumentFixProvider _provider;

            public FixAll(DocumentFixProvider provider) => _provider = provider;

            protected override string GetFixAllTitle(FixAllContext fixAllContext) => fixAllContext.CodeActionEquivalenceKey ?? _provider.EquivalenceKey;

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                var fixable = ImmutableArray.CreateBuilder<Diagnostic>();
                foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
                {
                    if (await _provider.GetTitleAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is not null)
                    {
                        fixable.Add(diagnostic);
                    }
                }

                return fixable.Count == 0 ? document : await _provider.FixAsync(document, fixable.ToImmutable(), fixAllContext.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
