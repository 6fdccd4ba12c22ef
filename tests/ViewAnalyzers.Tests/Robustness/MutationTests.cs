using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ViewAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every test source of the suite, broken in four ways (a token deleted, truncated at a statement boundary, a
    /// using removed, a type replaced by an unknown name), goes through every analyzer and every code fix:
    /// no exception and no AD0001, ever.
    /// </summary>
    public class MutationTests
    {
        private static readonly ImmutableArray<CodeFixProvider> Fixes =
            typeof(ViewAnalyzers.CodeFixes.DocumentFixProvider).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        public static IEnumerable<object[]> Sources()
        {
            var roots = new[] { RepoRootAttribute.Combine("tests", "ViewAnalyzers.Tests"), RepoRootAttribute.Combine("samples") };
            var sources = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in roots.SelectMany(r => Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories)))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                {
                    continue;
                }

                var text = File.ReadAllText(file);
                if (file.StartsWith(RepoRootAttribute.Combine("samples"), StringComparison.Ordinal))
                {
                    sources.Add(text);
                    continue;
                }

                foreach (var literal in StringContents(CSharpSyntaxTree.ParseText(text).GetRoot()))
                {
                    if (literal.Contains("NumSharp", StringComparison.Ordinal) && literal.Contains("class ", StringComparison.Ordinal))
                    {
                        sources.Add(Unmark(literal));
                    }
                    else if (!literal.Contains("class ", StringComparison.Ordinal) && (literal.Contains("np.", StringComparison.Ordinal) || literal.Contains("arr", StringComparison.Ordinal) || literal.Contains("NDArray", StringComparison.Ordinal)) && literal.Contains(';'))
                    {
                        // A statement snippet the tests splice into a method: splice it into a typical one.
                        sources.Add(SnippetTemplate.Replace("BODY", Unmark(literal), StringComparison.Ordinal));
                    }
                }
            }

            return sources.Select((s, i) => new object[] { i, s });
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public async Task Broken_variants_never_make_an_analyzer_or_a_fix_throw(int index, string source)
        {
            Assert.True(index >= 0);
            foreach (var variant in Variants(source))
            {
                var diagnostics = await AllAnalyzers.DiagnosticsAsync(variant);
                var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).ToList();
                Assert.True(crashes.Count == 0, "an analyzer threw on:\n" + variant + "\n" + string.Join("\n", crashes));

                foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("VA", StringComparison.Ordinal)))
                {
                    await ApplyEveryFixAsync(variant, diagnostic);
                }
            }
        }

        [Fact]
        public void The_corpus_covers_the_suite()
        {
            int count = Sources().Count();
            Assert.True(count >= 100, "expected at least 100 distinct test sources, found " + count);
        }

        private static async Task ApplyEveryFixAsync(string source, Diagnostic diagnostic)
        {
            var document = FixApplier.CreateDocument(source);
            var tree = await document.GetSyntaxTreeAsync();
            var located = Diagnostic.Create(
                new DiagnosticDescriptor(diagnostic.Id, diagnostic.Descriptor.Title, "{0}", diagnostic.Descriptor.Category, diagnostic.Severity, true),
                Location.Create(tree!, diagnostic.Location.SourceSpan),
                diagnostic.AdditionalLocations.Where(l => l.IsInSource).Select(l => Location.Create(tree!, l.SourceSpan)),
                diagnostic.Properties,
                diagnostic.GetMessage());
            foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, located, (a, _) => actions.Add(a), CancellationToken.None));
                foreach (var action in actions)
                {
                    await action.GetOperationsAsync(CancellationToken.None);
                }
            }
        }

        /// <summary>A bounded, deterministic set of broken variants of <paramref name="source"/>.</summary>
        private static IEnumerable<string> Variants(string source)
        {
            var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
            var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
            foreach (var token in Spread(tokens, 6))
            {
                yield return source.Remove(token.SpanStart, token.Span.Length);
            }

            var statements = root.DescendantNodes().OfType<StatementSyntax>().Where(s => s is not BlockSyntax).ToList();
            foreach (var statement in Spread(statements, 5))
            {
                yield return source.Substring(0, statement.Span.End);
            }

            foreach (var directive in root.DescendantNodes().OfType<UsingDirectiveSyntax>())
            {
                yield return source.Remove(directive.FullSpan.Start, directive.FullSpan.Length);
            }

            var typeNames = root.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText is "NDArray" or "np" or "Shape" or "Slice").ToList();
            foreach (var name in Spread(typeNames, 3))
            {
                yield return source.Remove(name.SpanStart, name.Span.Length).Insert(name.SpanStart, "UnknownType");
            }
        }

        private static IEnumerable<T> Spread<T>(List<T> items, int count)
        {
            if (items.Count == 0)
            {
                yield break;
            }

            int step = Math.Max(1, items.Count / count);
            for (int i = step / 2; i < items.Count; i += step)
            {
                yield return items[i];
            }
        }

        private static IEnumerable<string> StringContents(SyntaxNode root)
        {
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        yield return literal.Token.ValueText;
                        break;
                    case InterpolatedStringExpressionSyntax interpolated:
                        // The template without its holes: broken code is exactly what this test wants.
                        yield return string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(t => t.TextToken.ValueText));
                        break;
                }
            }
        }

        private const string SnippetTemplate = """
            using System;
            using System.Collections.Generic;
            using NumSharp;
            class C
            {
                NDArray field = np.zeros(3);
                static void Zero(NDArray x) { x["..."] = 0; }
                object M(NDArray arr, NDArray m, NDArray a, NDArray b, NDArray unknown, int[] idx, int[] data, byte[] bytes, int i, int j, int k)
                {
                    var prices = np.array(new[] { 10, 20, 30, 40, 50 });
            BODY
                    return arr;
                }
            }
            """;

        private static string Unmark(string source) =>
            Regex.Replace(Regex.Replace(source, @"\{\|[^:|]*:", string.Empty), @"\|\}|\[\||\|\]", string.Empty);
    }
}
