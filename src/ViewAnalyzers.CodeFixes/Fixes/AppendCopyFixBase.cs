using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>
    /// Appends the library's copy call where a view is created (the diagnostic's additional location), so that
    /// one fix covers every write through that view. Inside a loop the copy is a new pooled buffer every
    /// iteration, which NumSharp's own analyzer (NDW012) wants disposed: there the fix declares it with
    /// <c>using var</c>, and only when the local provably does not escape; otherwise it offers no fix.
    /// </summary>
    public abstract class AppendCopyFixBase : DocumentFixProvider
    {
        protected sealed override async Task<string?> GetTitleAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var (root, model) = await RootAndModelAsync(document, cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || Origin(root, diagnostic) is not { } origin || FixSyntax.CopyMethodFor(model, origin) is null
                || (InLoop(origin) && DisposableDeclaration(origin, model) is null))
            {
                return null;
            }

            return Title(diagnostic);
        }

        /// <summary>The title for one diagnostic; it must say what changes in behaviour.</summary>
        protected abstract string? Title(Diagnostic diagnostic);

        protected sealed override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var (root, model) = await RootAndModelAsync(document, cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var origins = new Dictionary<ExpressionSyntax, string>();
            var usings = new HashSet<LocalDeclarationStatementSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                if (Origin(root, diagnostic) is not { } origin || FixSyntax.CopyMethodFor(model, origin) is not { } copy)
                {
                    continue;
                }

                if (InLoop(origin))
                {
                    if (DisposableDeclaration(origin, model) is not { } declaration)
                    {
                        continue;
                    }

                    usings.Add(declaration);
                }

                origins[origin] = copy;
            }

            var nodes = origins.Keys.Cast<SyntaxNode>().Concat(usings);
            var newRoot = root.ReplaceNodes(nodes, (original, rewritten) =>
            {
                if (rewritten is LocalDeclarationStatementSyntax declaration)
                {
                    return declaration
                        .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithLeadingTrivia(declaration.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space))
                        .WithDeclaration(declaration.Declaration.WithLeadingTrivia());
                }

                return SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(
                            SyntaxKind.SimpleMemberAccessExpression,
                            FixSyntax.AsReceiver(((ExpressionSyntax)rewritten).WithoutTrivia()),
                            SyntaxFactory.IdentifierName(origins[(ExpressionSyntax)original])))
                    .WithTriviaFrom(original);
            });
            return document.WithSyntaxRoot(newRoot);
        }

        private static bool InLoop(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                        return true;
                    case MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>var v = origin;</c> as the only declarator, where every later use of <c>v</c> only reads or writes
        /// through it (member access, element access, a write target): disposing it at the end of the scope is safe.
        /// </summary>
        private static LocalDeclarationStatementSyntax? DisposableDeclaration(ExpressionSyntax origin, SemanticModel model)
        {
            if (origin.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } statement }
                || statement.Parent is not BlockSyntax block
                || model.GetDeclaredSymbol(declarator) is not ILocalSymbol local)
            {
                return null;
            }

            foreach (var name in block.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
                {
                    continue;
                }

                bool throughIt = name.Parent is MemberAccessExpressionSyntax access && access.Expression == name
                    || name.Parent is ElementAccessExpressionSyntax element && element.Expression == name;
                if (!throughIt || name.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                {
                    return null;
                }
            }

            return statement;
        }

        private static ExpressionSyntax? Origin(SyntaxNode root, Diagnostic diagnostic) =>
            diagnostic.AdditionalLocations.Count == 0 ? null : FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0]);

        private static async Task<(SyntaxNode? Root, SemanticModel? Model)> RootAndModelAsync(Document document, CancellationToken cancellationToken) =>
            (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false), await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false));

        protected static string Name(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var value) && value is not null ? value : "it";
    }
}
