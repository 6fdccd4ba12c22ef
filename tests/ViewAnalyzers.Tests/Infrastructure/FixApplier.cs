using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ViewAnalyzers.Tests
{
    /// <summary>Applies a code fix to a program the way an IDE would, for tests that run code before and after.</summary>
    public static class FixApplier
    {
        /// <summary>Applies <typeparamref name="TFix"/> to each diagnostic of <typeparamref name="TAnalyzer"/> until none is left that it fixes.</summary>
        public static async Task<string> ApplyAllAsync<TAnalyzer, TFix>(string source)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            var document = CreateDocument(source);
            var analyzer = new TAnalyzer();
            var fix = new TFix();
            for (int round = 0; round < 50; round++)
            {
                var compilation = (await document.Project.GetCompilationAsync())!;
                var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer)).GetAnalyzerDiagnosticsAsync();
                CodeAction? action = null;
                foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
                {
                    var actions = new List<CodeAction>();
                    var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
                    await fix.RegisterCodeFixesAsync(context);
                    action = actions.FirstOrDefault();
                    if (action is not null)
                    {
                        break;
                    }
                }

                if (action is null)
                {
                    return (await document.GetTextAsync()).ToString();
                }

                var operations = await action.GetOperationsAsync(CancellationToken.None);
                var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                document = solution.GetDocument(document.Id)!;
            }

            throw new InvalidOperationException("the fix did not converge");
        }

        public static Document CreateDocument(string source)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var references = TestCompilation.RuntimeReferences.Add(TestCompilation.NumSharp);
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    "Program",
                    "Program",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: references));
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source));
            return solution.GetDocument(documentId)!;
        }
    }
}
