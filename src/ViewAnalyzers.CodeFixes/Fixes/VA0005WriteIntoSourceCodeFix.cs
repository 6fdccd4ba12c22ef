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
    /// VA0005: writes through a flattening copy go into the source instead, where the inverse is exact:
    /// <c>X.ravel()[k] = v</c>, <c>np.ravel(X)[k] = v</c> and <c>X.flat[k] = v</c> become <c>X.flatiter[k] = v</c>
    /// (flatiter writes through for any layout, in C order, which is ravel's order); <c>X.ravel().fill(v)</c>
    /// becomes <c>X["..."] = v</c>. Other forms are reported without a fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0005WriteIntoSourceCodeFix)), Shared]
    public sealed class VA0005WriteIntoSourceCodeFix : RewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0005");

        protected override NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic) =>
            Find(root, model, diagnostic) is { } found
                ? new NodeRewrite(found.Write, found.Replacement, $"Write into '{found.Source}' in place ('{found.Source}' will change)")
                : null;

        private static (ExpressionSyntax Write, ExpressionSyntax Replacement, string Source)? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0]) is not { } flattening
                || FixSyntax.ExpressionAt(root, diagnostic.Location) is not { Parent: ExpressionStatementSyntax } write
                || SourceOf(flattening) is not { } source)
            {
                return null;
            }

            switch (write)
            {
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } args } left } assignment
                    when left.Expression == flattening && IsInteger(model, args[0].Expression) && IsScalar(model, assignment.Right):
                    var flatiter = SyntaxFactory.ElementAccessExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, FixSyntax.AsReceiver(source.WithoutTrivia()), SyntaxFactory.IdentifierName("flatiter")),
                        left.ArgumentList);
                    return (write, assignment.WithLeft(flatiter.WithTriviaFrom(left)), source.ToString());

                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "fill" } access, ArgumentList.Arguments: { Count: 1 } fillArgs }
                    when access.Expression == flattening && ConvertsTo(model, fillArgs[0].Expression, flattening):
                    var all = SyntaxFactory.ElementAccessExpression(
                        FixSyntax.AsReceiver(source.WithoutTrivia()),
                        SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("..."))))));
                    return (write, SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, all, fillArgs[0].Expression.WithoutTrivia()).WithTriviaFrom(write), source.ToString());

                default:
                    return null;
            }
        }

        /// <summary>The flattened array of <c>X.ravel()</c>, <c>np.ravel(X)</c> or <c>X.flat</c> (C order only).</summary>
        private static ExpressionSyntax? SourceOf(ExpressionSyntax flattening) => flattening switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ravel" } access, ArgumentList.Arguments.Count: 0 } => access.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ravel" }, ArgumentList.Arguments: { Count: 1 } args } => args[0].Expression,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "flat" } flat => flat.Expression,
            _ => null,
        };

        private static bool IsInteger(SemanticModel model, ExpressionSyntax expression) =>
            model.GetTypeInfo(expression).Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;

        private static bool IsScalar(SemanticModel model, ExpressionSyntax expression) =>
            model.GetTypeInfo(expression).Type?.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double;

        private static bool ConvertsTo(SemanticModel model, ExpressionSyntax value, ExpressionSyntax target) =>
            model.GetTypeInfo(value).Type is { } from && model.GetTypeInfo(target).Type is { } to && model.Compilation.ClassifyConversion(from, to).IsImplicit;
    }
}
