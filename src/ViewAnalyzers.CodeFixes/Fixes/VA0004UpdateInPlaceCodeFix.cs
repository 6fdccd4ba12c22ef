using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>
    /// VA0004: <c>v op= e</c> becomes <c>v["..."] op= e</c>. Compound assignment through the indexer runs the getter,
    /// the operator and the setter, so it writes through the view into its source, as NumPy's <c>v op= e</c> does.
    /// (Spelling it <c>v["..."] = v op e</c> would leave temporaries in <c>e</c> that NumSharp's NDW012 then reports.)
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0004UpdateInPlaceCodeFix)), Shared]
    public sealed class VA0004UpdateInPlaceCodeFix : RewriteFixProvider
    {
        private static readonly Dictionary<SyntaxKind, SyntaxKind> Operators = new Dictionary<SyntaxKind, SyntaxKind>
        {
            [SyntaxKind.AddAssignmentExpression] = SyntaxKind.AddExpression,
            [SyntaxKind.SubtractAssignmentExpression] = SyntaxKind.SubtractExpression,
            [SyntaxKind.MultiplyAssignmentExpression] = SyntaxKind.MultiplyExpression,
            [SyntaxKind.DivideAssignmentExpression] = SyntaxKind.DivideExpression,
            [SyntaxKind.ModuloAssignmentExpression] = SyntaxKind.ModuloExpression,
            [SyntaxKind.AndAssignmentExpression] = SyntaxKind.BitwiseAndExpression,
            [SyntaxKind.OrAssignmentExpression] = SyntaxKind.BitwiseOrExpression,
            [SyntaxKind.ExclusiveOrAssignmentExpression] = SyntaxKind.ExclusiveOrExpression,
            [SyntaxKind.LeftShiftAssignmentExpression] = SyntaxKind.LeftShiftExpression,
            [SyntaxKind.RightShiftAssignmentExpression] = SyntaxKind.RightShiftExpression,
        };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0004");

        protected override NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (Find(root, diagnostic) is not { } assignment)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue("view", out var view);
            diagnostic.Properties.TryGetValue("source", out var source);
            var all = SyntaxFactory.ElementAccessExpression(
                assignment.Left.WithoutTrivia(),
                SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("..."))))));
            return new NodeRewrite(assignment, assignment.WithLeft(all.WithTriviaFrom(assignment.Left)), $"Update '{source}' in place through '{view}' ('{source}' will change)");
        }

        private static AssignmentExpressionSyntax? Find(SyntaxNode root, Diagnostic diagnostic) =>
            FixSyntax.ExpressionAt(root, diagnostic.Location) is AssignmentExpressionSyntax assignment
            && Operators.ContainsKey(assignment.Kind())
            && assignment.Left is IdentifierNameSyntax
                ? assignment
                : null;
    }
}
