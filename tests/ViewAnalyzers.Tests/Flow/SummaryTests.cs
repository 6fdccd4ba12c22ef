using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// A method of the compilation without a write the flow would see, returning nothing or a primitive, is summarized
    /// without a control flow graph; that shortcut must give what the full summary gives, for every method.
    /// </summary>
    public class SummaryTests
    {
        private const string Helpers = """
            using System;
            using NumSharp;
            static class H
            {
                public static void Show(NDArray x) => Console.WriteLine(x);
                public static double Score(NDArray x) => (double)x.sum();
                public static void Zero(NDArray x) => x["..."] = 0;
                public static NDArray Head(NDArray x) => x["0:2"];
                public static void Indirect(NDArray x) => Zero(x["1:"]);
                public static double InLambda(NDArray x) { Action a = () => x[0] = 1; a(); return 0; }
                public static object Boxed(NDArray x) => x["1:"];
            }
            """;

        [Theory]
        [InlineData("Show", true, new int[0], null)]
        [InlineData("Score", true, new int[0], null)]
        [InlineData("Zero", false, new[] { 0 }, null)]
        [InlineData("Head", false, new int[0], 0)]
        [InlineData("Indirect", false, new[] { 0 }, null)]
        [InlineData("InLambda", false, new int[0], null)]
        [InlineData("Boxed", false, new int[0], 0)]
        public void Helpers_are_summarized_with_a_graph_only_when_they_write_or_return_an_array(string name, bool shortcut, int[] mutated, int? returnsViewOf)
        {
            var (context, _) = FlowHarness.Body(Helpers, "Show");
            var method = context.Compilation.GetTypeByMetadataName("H")!.GetMembers(name).OfType<IMethodSymbol>().Single();
            var summary = context.Summarize(method)!;
            Assert.Equal(mutated, summary.MutatedParameters.OrderBy(p => p));
            Assert.Equal(returnsViewOf, summary.ReturnsViewOfParameter);
            Assert.Equal((shortcut, true), context.SummaryShortcut(method));
        }

        [Fact]
        public void The_shortcut_agrees_with_the_full_summary_for_every_method_of_every_test_source_and_the_corpus()
        {
            int shortcuts = 0;
            int full = 0;
            foreach (var (context, body) in FlowHarness.AllBodies(FlowHarness.PropertySources().Append(Helpers)))
            {
                if (body.SemanticModel!.GetDeclaredSymbol(body.Syntax) is not IMethodSymbol method
                    || !method.Parameters.Any(p => context.Semantics.LibraryOf(p.Type) is not null))
                {
                    continue;
                }

                var (shortcut, agrees) = context.SummaryShortcut(method);
                Assert.True(agrees, $"the shortcut summary differs from the full one for:\n{body.Syntax}");
                _ = shortcut ? shortcuts++ : full++;
            }

            // Not vacuous: both ways are exercised.
            Assert.True(shortcuts > 10, $"only {shortcuts} methods took the shortcut");
            Assert.True(full > 100, $"only {full} methods took the full summary");
        }
    }
}
