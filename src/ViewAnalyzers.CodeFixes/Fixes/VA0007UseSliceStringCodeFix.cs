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
    public sealed class VA0007UseSliceStringCodeFix : RewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0007");

        protected override NodeRewrite? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var access = node.AncestorsAndSelf().OfType<ElementAccessExpressionSyntax>().FirstOrDefault();
            if (access is null || model.GetOperation(access) is not IPropertyReferenceOperation reference
                || !SliceSpelling.TrySpellIndices(ResolvedLibrary.IndexValues(reference.Arguments), out var pieces))
            {
                return null;
            }

            var slice = ToExpression(pieces);
            var replacement = SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(slice)))
                .WithTriviaFrom(access.ArgumentList);
            return new NodeRewrite(access.ArgumentList, replacement, $"Use the slice string {slice}");
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
