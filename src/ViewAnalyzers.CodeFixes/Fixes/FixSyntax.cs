using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>Syntax helpers shared by the fixes.</summary>
    internal static class FixSyntax
    {
        /// <summary>The expression whose span is exactly <paramref name="location"/>'s, if any.</summary>
        public static ExpressionSyntax? ExpressionAt(SyntaxNode root, Location location)
        {
            if (!location.IsInSource || location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == location.SourceSpan);
        }

        /// <summary>Wraps <paramref name="expression"/> in parentheses unless it can take a member access as it is.</summary>
        public static ExpressionSyntax AsReceiver(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or ParenthesizedExpressionSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or ObjectCreationExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithTriviaFrom(expression);

        /// <summary>Wraps an operand of a binary operator in parentheses unless it is a primary expression.</summary>
        public static ExpressionSyntax AsOperand(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or ParenthesizedExpressionSyntax or LiteralExpressionSyntax or ThisExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia());

        /// <summary>The copy method of the library whose array type <paramref name="expression"/> has (".copy()" for NumSharp).</summary>
        public static string? CopyMethodFor(SemanticModel model, ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression).Type;
            return LibrarySemantics.For(model.Compilation)?.LibraryOf(type)?.Table.CopyMethod;
        }

        /// <summary>A local name based on <paramref name="baseName"/> that is free at <paramref name="position"/>.</summary>
        public static string UniqueName(SemanticModel model, int position, SyntaxNode scope, string baseName)
        {
            var taken = new System.Collections.Generic.HashSet<string>(model.LookupSymbols(position).Select(s => s.Name));
            foreach (var token in scope.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    taken.Add(token.ValueText);
                }
            }

            var name = baseName;
            for (int i = 2; taken.Contains(name); i++)
            {
                name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }

        /// <summary>The document's own line ending.</summary>
        public static SyntaxTrivia EndOfLine(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.LineFeed;
        }

        /// <summary>
        /// Gives <paramref name="inserted"/> trivia to stand after <paramref name="anchor"/>: on its own line with
        /// the anchor's indentation, or on the same line when the anchor shares its line with what precedes it.
        /// </summary>
        public static StatementSyntax AfterOnItsOwnLine(StatementSyntax inserted, StatementSyntax anchor, SyntaxTrivia endOfLine)
        {
            bool ownLine = anchor.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (!ownLine)
            {
                return inserted.WithLeadingTrivia().WithTrailingTrivia(anchor.GetTrailingTrivia().Where(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)));
            }

            return inserted
                .WithLeadingTrivia(anchor.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(endOfLine);
        }

        /// <summary>Gives <paramref name="inserted"/> trivia to stand on its own line before <paramref name="anchor"/>.</summary>
        public static StatementSyntax BeforeOnItsOwnLine(StatementSyntax inserted, StatementSyntax anchor, SyntaxTrivia endOfLine) =>
            inserted
                .WithLeadingTrivia(anchor.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(endOfLine);

        /// <summary>An expression that can be evaluated again with the same result and no side effect.</summary>
        public static bool IsStable(ExpressionSyntax expression, SemanticModel model) => expression switch
        {
            LiteralExpressionSyntax => true,
            IdentifierNameSyntax name => model.GetSymbolInfo(name).Symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol { IsReadOnly: true } or IFieldSymbol { IsConst: true },
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => true,
            _ => model.GetConstantValue(expression).HasValue,
        };
    }
}
