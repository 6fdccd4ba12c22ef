using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>
    /// VA0008: create the NDArray with a copy of the .NET array: <c>np.asarray(data)</c>, <c>new NDArray(data)</c>
    /// and <c>np.array(data, copy: false)</c> become <c>np.array(data)</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0008CopyOnCreationCodeFix)), Shared]
    public sealed class VA0008CopyOnCreationCodeFix : RewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0008");

        protected override NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (Find(root, model, diagnostic) is not { } found)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue("view", out var array);
            diagnostic.Properties.TryGetValue("source", out var data);
            return new NodeRewrite(found.Original, found.Replacement, $"Create '{array}' from a copy of '{data}' ('{data}' and '{array}' will no longer change each other)");
        }

        private static (ExpressionSyntax Original, ExpressionSyntax Replacement)? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0 || FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0]) is not { } creation)
            {
                return null;
            }

            ArgumentSyntax? data = creation switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "asarray" }, ArgumentList.Arguments: { Count: 1 } args } => args[0],
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "array" }, ArgumentList.Arguments: { Count: 2 } args }
                    when model.GetConstantValue(args[1].Expression).Value is false => args[0],
                ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } args } => args[0],
                _ => null,
            };

            if (data is null || model.GetTypeInfo(data.Expression).Type is not IArrayTypeSymbol)
            {
                return null;
            }

            // Keep the call's own 'np' qualifier; for 'new NDArray(…)' use 'np' when it binds here to NumSharp's.
            string qualifier = creation is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Expression.ToString()
                : model.LookupNamespacesAndTypes(creation.SpanStart, name: "np").Any(s => s.ToDisplayString() == "NumSharp.np") ? "np" : "global::NumSharp.np";
            var replacement = SyntaxFactory.ParseExpression($"{qualifier}.array({data.Expression.WithoutTrivia()})")
                .WithTriviaFrom(creation);
            return (creation, replacement);
        }
    }
}
