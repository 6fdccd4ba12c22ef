using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ViewAnalyzers.Tests.Samples
{
    /// <summary>The lesson sample prints what the NumPy lesson "Copies vs Views" teaches.</summary>
    public class CopiesVsViewsSampleTests
    {
        [Fact]
        public async Task Lesson_shows_exactly_its_two_common_mistakes()
        {
            var source = File.ReadAllText(RepoRootAttribute.Combine("samples", "CopiesVsViews", "Program.cs"));

            var diagnostics = await AllAnalyzers.DiagnosticsAsync(source, OutputKind.ConsoleApplication);

            var found = diagnostics
                .Where(d => d.Id.StartsWith("VA", System.StringComparison.Ordinal) || d.Id == "AD0001" || d.Severity == DiagnosticSeverity.Error)
                .Where(d => !d.IsSuppressed)
                .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}")
                .ToArray();
            Assert.Equal(
                new[]
                {
                    "VA0001 107: Writing to 'backup' also changes 'prices': 'backup' is a view of 'prices'",
                    "VA0002 117: 'selected' is a copy of 'arr' made by fancy indexing: this write never reaches 'arr', and 'selected' is not read afterwards",
                },
                found);
        }

        [Fact]
        public void Lesson_prints_the_expected_output()
        {
            var source = File.ReadAllText(RepoRootAttribute.Combine("samples", "CopiesVsViews", "Program.cs"));

            var output = ProgramRunner.Run(source);

            Assert.Equal(
                """
                == A slice is a view ==
                s = [20 30 40]
                after s[0] = 999: s = [999  30  40]
                arr = [ 10 999  30  40  50]
                == A row of a matrix is a view ==
                m = [[0 0 0] [4 5 6]]
                == .copy() is independent ==
                copy = [-1 30 40], arr = [10 20 30 40 50]
                view.@base: [10 20 30 40 50] (the parent)
                copy.@base: null
                == Fancy indexing makes a copy ==
                picked = [-1 30 50]
                arr = [10 20 30 40 50]
                == A boolean mask makes a copy ==
                big = [30 40 50]
                big.@base: null
                == reshape of a contiguous array is a view ==
                r = [[100   1   2] [  3   4   5]]
                a = [100   1   2   3   4   5]
                == Exercise: make editing the slice NOT change the original ==
                part = [99  2  3]
                original = [1 2 3 4 5]
                part.@base: null
                == Common mistake 1: the edited slice changed the original ==
                backup = [ 0 20 30]
                prices = [ 0 20 30 40 50]
                == Common mistake 2: expected fancy indexing to update the original ==
                after writing into the copy: arr = [10 20 30 40 50]
                after arr[[0, 2]] = 0: arr = [ 0 20  0 40 50]

                """.Replace("\r\n", "\n"),
                output);
        }
    }
}
