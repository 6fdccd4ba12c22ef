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
using Microsoft.CodeAnalysis.Editing;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>
    /// VA0002: writes a lost selection copy back into its source with the indexer setter. A whole-copy write
    /// right after the selection becomes one in-place write; otherwise <c>arr[idx] = x;</c> follows the last
    /// write. Index expressions that are not stable are moved into a local, so they are evaluated once, as before.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0002WriteBackCodeFix)), Shared]
    public sealed class VA0002WriteBackCodeFix : DocumentFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0002");

        protected override async Task<string?> GetTitleAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || Plan.Create(root, model, diagnostic) is not { } plan)
            {
                return null;
            }

            return $"Write back into '{plan.Source}' ('{plan.Source}' will change)";
        }

        protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var plans = diagnostics.Select(d => Plan.Create(root, model, d)).Where(p => p is not null).Select(p => p!).ToList();
            var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
            var endOfLine = FixSyntax.EndOfLine(root);
            var usedNames = new HashSet<string>();
            foreach (var group in plans.GroupBy(p => p.Selection))
            {
                var first = group.First();
                var indices = new List<ExpressionSyntax>();
                foreach (var argument in first.Selection.ArgumentList.Arguments)
                {
                    if (FixSyntax.IsStable(argument.Expression, model))
                    {
                        indices.Add(argument.Expression.WithoutTrivia());
                        continue;
                    }

                    var baseName = model.GetTypeInfo(argument.Expression).Type is { } t && (t.ToDisplayString().Contains("bool") || t.ToDisplayString().Contains("Boolean")) ? "mask" : "index";
                    var name = FixSyntax.UniqueName(model, first.SelectionStatement.SpanStart, first.SelectionBlock, baseName);
                    while (!usedNames.Add(name))
                    {
                        name = FixSyntax.UniqueName(model, first.SelectionStatement.SpanStart, first.SelectionBlock, name + "_");
                    }

                    var declaration = FixSyntax.BeforeOnItsOwnLine(
                        SyntaxFactory.LocalDeclarationStatement(
                            SyntaxFactory.VariableDeclaration(
                                SyntaxFactory.IdentifierName("var").WithTrailingTrivia(SyntaxFactory.Space),
                                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name).WithTrailingTrivia(SyntaxFactory.Space))
                                    .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space), argument.Expression.WithoutTrivia()))))),
                        first.SelectionStatement,
                        endOfLine);
                    editor.InsertBefore(first.SelectionAnchor, Plan.Wrap(declaration, first.SelectionAnchor));
                    editor.ReplaceNode(argument.Expression, SyntaxFactory.IdentifierName(name).WithTriviaFrom(argument.Expression));
                    indices.Add(SyntaxFactory.IdentifierName(name));
                }

                ExpressionSyntax Target() => SyntaxFactory.ElementAccessExpression(
                    first.Selection.Expression.WithoutTrivia(),
                    SyntaxFactory.BracketedArgumentList(SyntaxFactory.SeparatedList(indices.Select(SyntaxFactory.Argument), indices.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)))));

                foreach (var plan in group)
                {
                    if (plan.WholeValue is { } value && group.Count() == 1 && plan.CanReplaceWhole)
                    {
                        editor.RemoveNode(plan.SelectionAnchor);
                        editor.ReplaceNode(
                            plan.WriteAnchor,
                            Plan.Wrap(SyntaxFactory.ExpressionStatement(Assign(Target(), value.WithoutTrivia())).WithTriviaFrom(plan.WriteStatement), plan.WriteAnchor));
                        continue;
                    }

                    var writeBack = FixSyntax.AfterOnItsOwnLine(
                        SyntaxFactory.ExpressionStatement(Assign(Target(), SyntaxFactory.IdentifierName(plan.Copy))),
                        plan.WriteStatement,
                        endOfLine);
                    editor.InsertAfter(plan.WriteAnchor, Plan.Wrap(writeBack, plan.WriteAnchor));
                }
            }

            return document.WithSyntaxRoot(editor.GetChangedRoot());
        }

        private static AssignmentExpressionSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
            SyntaxFactory.AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                target.WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                value);

        /// <summary>Everything the fix needs for one diagnostic, or null when the code has no safe write-back.</summary>
        private sealed class Plan
        {
            private Plan(ElementAccessExpressionSyntax selection, StatementSyntax selectionStatement, SyntaxNode selectionBlock, StatementSyntax writeStatement, string copy, string source, ExpressionSyntax? wholeValue, bool canReplaceWhole)
            {
                Selection = selection;
                SelectionStatement = selectionStatement;
                SelectionBlock = selectionBlock;
                WriteStatement = writeStatement;
                Copy = copy;
                Source = source;
                WholeValue = wholeValue;
                CanReplaceWhole = canReplaceWhole;
            }

            public ElementAccessExpressionSyntax Selection { get; }

            public StatementSyntax SelectionStatement { get; }

            /// <summary>The block, or for top-level statements the compilation unit, that holds the selection.</summary>
            public SyntaxNode SelectionBlock { get; }

            /// <summary>What to insert next to or replace: the statement, or its global statement at top level.</summary>
            public SyntaxNode SelectionAnchor => Anchor(SelectionStatement);

            public SyntaxNode WriteAnchor => Anchor(WriteStatement);

            public static SyntaxNode Anchor(StatementSyntax statement) => statement.Parent is GlobalStatementSyntax global ? global : statement;

            /// <summary>A new statement as it must stand next to <paramref name="anchor"/>.</summary>
            public static SyntaxNode Wrap(StatementSyntax statement, SyntaxNode anchor) =>
                anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(statement) : statement;

            public StatementSyntax WriteStatement { get; }

            public string Copy { get; }

            public string Source { get; }

            public ExpressionSyntax? WholeValue { get; }

            public bool CanReplaceWhole { get; }

            public static Plan? Create(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
            {
                if (diagnostic.AdditionalLocations.Count == 0
                    || FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0]) is not ElementAccessExpressionSyntax selection
                    || FixSyntax.ExpressionAt(root, diagnostic.Location) is not { } write
                    || write.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax or GlobalStatementSyntax } writeStatement
                    || selection.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or GlobalStatementSyntax } selectionStatement
                    || Container(selectionStatement) is not { } selectionBlock
                    || !writeStatement.Ancestors().Contains(selectionBlock)
                    || !IsStableReceiver(selection.Expression, model)
                    || !diagnostic.Properties.TryGetValue("view", out var copy) || copy is null)
                {
                    return null;
                }

                var (wholeValue, canReplace) = WholeWrite(write, copy, model, selectionStatement, writeStatement, selectionBlock);
                return new Plan(selection, selectionStatement, selectionBlock, writeStatement, copy, selection.Expression.ToString(), wholeValue, canReplace);
            }

            private static SyntaxNode? Container(StatementSyntax statement) => statement.Parent switch
            {
                BlockSyntax block => block,
                GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit,
                _ => null,
            };

            private static int IndexIn(SyntaxNode container, StatementSyntax statement) => container switch
            {
                BlockSyntax block => block.Statements.IndexOf(statement),
                CompilationUnitSyntax unit when statement.Parent is GlobalStatementSyntax global => unit.Members.IndexOf(global),
                _ => -1,
            };

            private static (ExpressionSyntax? Value, bool CanReplace) WholeWrite(ExpressionSyntax write, string copy, SemanticModel model, StatementSyntax selectionStatement, StatementSyntax writeStatement, SyntaxNode block)
            {
                ExpressionSyntax? value = write switch
                {
                    AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax name, ArgumentList.Arguments: { Count: 1 } args } } assignment
                        when name.Identifier.ValueText == copy && model.GetConstantValue(args[0].Expression).Value is string s && (s.Trim() == "..." || s.Trim() == ":") => assignment.Right,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax name, Name.Identifier.ValueText: "fill" }, ArgumentList.Arguments: { Count: 1 } fillArgs }
                        when name.Identifier.ValueText == copy => fillArgs[0].Expression,
                    _ => null,
                };

                if (value is null)
                {
                    return (null, false);
                }

                // Replace the selection and the write by one in-place write only when they are adjacent, the
                // selection declares the copy, and nothing else mentions it.
                bool adjacent = Container(writeStatement) == block && IndexIn(block, writeStatement) == IndexIn(block, selectionStatement) + 1 && IndexIn(block, selectionStatement) >= 0;
                bool declaresCopy = selectionStatement is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } && variables[0].Identifier.ValueText == copy;
                int mentions = block.DescendantNodes().OfType<IdentifierNameSyntax>().Count(n => n.Identifier.ValueText == copy);
                var type = model.GetTypeInfo(value).Type;
                var target = model.GetTypeInfo(write is InvocationExpressionSyntax invocation ? ((MemberAccessExpressionSyntax)invocation.Expression).Expression : ((AssignmentExpressionSyntax)write).Left).Type;
                bool converts = type is not null && target is not null && model.Compilation.ClassifyConversion(type, target) is { IsImplicit: true };
                return (value, adjacent && declaresCopy && mentions == 1 && converts);
            }

            private static bool IsStableReceiver(ExpressionSyntax receiver, SemanticModel model) => receiver switch
            {
                IdentifierNameSyntax => FixSyntax.IsStable(receiver, model) || model.GetSymbolInfo(receiver).Symbol is IFieldSymbol,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } => true,
                _ => false,
            };
        }
    }
}
