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
    /// VA0003: a whole-copy write into a temporary selection (<c>arr[idx]["..."] = v</c>, <c>arr[idx].fill(v)</c>,
    /// <c>np.copyto(arr[idx], v)</c>) becomes the one in-place write <c>arr[idx] = v</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0003WriteInPlaceCodeFix)), Shared]
    public sealed class VA0003WriteInPlaceCodeFix : RewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0003");

        protected override NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (Find(root, model, diagnostic) is not { } found)
            {
                return null;
            }

            var source = found.Selection.Expression.ToString();
            var replacement = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, found.Selection.WithoutTrivia(), found.Value.WithoutTrivia())
                .WithTriviaFrom(found.Write);
            return new NodeRewrite(found.Write, replacement, $"Write into '{source}' in place ('{source}' will change)");
        }

        private static (ExpressionSyntax Write, ElementAccessExpressionSyntax Selection, ExpressionSyntax Value)? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0]) is not ElementAccessExpressionSyntax selection
                || FixSyntax.ExpressionAt(root, diagnostic.Location) is not { Parent: ExpressionStatementSyntax } write)
            {
                return null;
            }

            ExpressionSyntax? value = write switch
            {
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } args } left } assignment
                    when left.Expression == selection && model.GetConstantValue(args[0].Expression).Value is string s && (s.Trim() == "..." || s.Trim() == ":") => assignment.Right,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "fill" } access, ArgumentList.Arguments: { Count: 1 } fillArgs }
                    when access.Expression == selection => fillArgs[0].Expression,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "copyto" }, ArgumentList.Arguments: { Count: 2 } copyArgs }
                    when copyArgs[0].Expression == selection && copyArgs[0].NameColon is null && copyArgs[1].NameColon is null => copyArgs[1].Expression,
                _ => null,
            };

            if (value is null)
            {
                return null;
            }

            // The setter takes the library's array type: the value must convert to it implicitly.
            var valueType = model.GetTypeInfo(value).Type;
            var selectionType = model.GetTypeInfo(selection).Type;
            if (valueType is null || selectionType is null || !model.Compilation.ClassifyConversion(valueType, selectionType).IsImplicit)
            {
                return null;
            }

            return (write, selection, value);
        }
    }
}
