using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ViewAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Every rule stays silent, and no analyzer throws, on code that does not compile: missing semicolons,
    /// unresolved symbols, wrong argument counts, half-typed expressions.
    /// </summary>
    public class BrokenCodeTests
    {
        /// <summary>Each body would be reported by some rule if it compiled.</summary>
        public static IEnumerable<object[]> Bodies() => new[]
        {
            // VA0001
            new object[] { "var backup = prices[\"0:3\"]\nbackup[0] = 0;\nConsole.WriteLine(prices);" },
            new object[] { "var backup = prices[\"0:3\"];\nbackup[Missing] = 0;\nConsole.WriteLine(prices);" },
            new object[] { "var backup = Unknown[\"0:3\"];\nbackup[0] = 0;\nConsole.WriteLine(prices);" },
            // VA0002
            new object[] { "var f = prices[new[] { 0, 2 }];\nf.fill();" },
            new object[] { "var f = prices[new[] { 0, 2 }];\nf[0] = 5" },
            new object[] { "var f = prices[idx2];\nf[0] = 5;" },
            new object[] { "var f = prices[new[] { 0, 2 }];\nnp.copyto(f);" },
            // VA0003
            new object[] { "prices[prices > ][0] = 5;" },
            new object[] { "prices[new[] { 0 }].fill(0, 1, 2);" },
            // VA0004
            new object[] { "var v = prices[\"1:3\"];\nv += ;\nConsole.WriteLine(prices);" },
            new object[] { "var v = prices[\"1:3\"];\nv += Nope;\nConsole.WriteLine(prices);" },
            // VA0005
            new object[] { "var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });\nm.T.ravel(1, 2, 3)[0] = 9;" },
            new object[] { "var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } })\nm.T.ravel()[0] = 9;" },
            // VA0006
            new object[] { "var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });\nm.diagonal(Missing)[0] = 9;" },
            new object[] { "var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });\nvar d = m.diagonal(;\nd[0] = 9;" },
            // VA0007
            new object[] { "var y = prices[Missing..4];" },
            new object[] { "var x = prices[1..4" },
            // VA0008
            new object[] { "var data = new[] { 1, 2, 3 };\nvar nd = np.asarray(data, Missing);\nnd[0] = 5;\nConsole.WriteLine(data[0]);" },
            new object[] { "var data = new[] { 1, 2, 3 }\nvar nd = np.asarray(data);\nnd[0] = 5;\nConsole.WriteLine(data[0]);" },
        };

        [Theory]
        [MemberData(nameof(Bodies))]
        public async Task No_rule_reports_and_no_analyzer_throws(string body)
        {
            var source = $$"""
                using System;
                using NumSharp;
                class C
                {
                    void M(int[] idx)
                    {
                        var prices = np.array(new[] { 10, 20, 30, 40, 50 });
                {{body}}
                    }
                }
                """;

            var diagnostics = await AllAnalyzers.DiagnosticsAsync(source);

            Assert.Contains(diagnostics, d => d.Id.StartsWith("CS", System.StringComparison.Ordinal));
            Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("VA", System.StringComparison.Ordinal) || d.Id == "AD0001").Select(d => d.ToString()));
        }
    }
}
