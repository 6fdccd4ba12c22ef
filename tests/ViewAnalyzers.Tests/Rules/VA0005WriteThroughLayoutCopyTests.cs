using System.Threading.Tasks;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0005WriteThroughLayoutCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0005WriteThroughLayoutCopyTests
    {
        private static string Method(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(NDArray unknown)
                {
                    var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                    var m24 = np.arange(8).reshape(2, 4);
                    var a = np.arange(10);
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("{|#0:{|#1:m.T.ravel()|}[0] = 99|};", "m.T.ravel()", "m.T")]
        [InlineData("{|#0:{|#1:np.ravel(m.T)|}.fill(0)|};", "np.ravel(m.T)", "m.T")]
        [InlineData("{|#0:{|#1:m.T.flat|}[0] = 99|};", "m.T.flat", "m.T")]
        [InlineData("{|#0:{|#1:a[\"::2\"].ravel()|}[1] = 7|};", "a[\"::2\"].ravel()", "a[\"::2\"]")]
        [InlineData("{|#0:{|#1:m[\":, 1\"].flat|}[0] = 7|};", "m[\":, 1\"].flat", "m[\":, 1\"]")]
        [InlineData("{|#0:{|#1:m.T.reshape(6)|}[0] = 7|};", "m.T.reshape(6)", "m.T")]
        [InlineData("{|#0:{|#1:m[\":, ::2\"].reshape(4)|}[0] = 7|};", "m[\":, ::2\"].reshape(4)", "m[\":, ::2\"]")]
        public async Task Reports_a_write_through_a_flattening_copy(string body, string copy, string source)
        {
            await V.Analyzer(Method(body), V.Diagnostic("VA0005").WithLocation(0).WithLocation(1).WithArguments(copy, source));
        }

        [Fact]
        public async Task Reports_a_local_that_holds_a_flattening_copy()
        {
            var body = """
                    var t = m.T;
                    var flat = {|#1:t.ravel()|};
                    {|#0:flat[0] = 99|};
                    Console.WriteLine(m);
            """;
            await V.Analyzer(Method(body), V.Diagnostic("VA0005").WithLocation(0).WithLocation(1).WithArguments("flat", "m"));
        }

        [Theory]
        [InlineData("m.ravel()[0] = 99;")]
        [InlineData("m.flat[0] = 99;")]
        [InlineData("m.T.reshape(3, 2)[0, 0] = 7;")]
        [InlineData("m[\":, 1\"].reshape(2)[0] = 7;")]
        [InlineData("m24[\":, ::2\"].reshape(4)[0] = 7;")]
        [InlineData("m[0].ravel()[0] = 7;")]
        [InlineData("a[\"2:5\"].ravel()[0] = 7;")]
        [InlineData("unknown.T.ravel()[0] = 7;")]
        [InlineData("m.transpose(new[] { 1, 0 }).ravel()[0] = 7;")]
        [InlineData("var flat = m.T.ravel(); flat[0] = 99; Console.WriteLine(flat);")]
        [InlineData("m.T.flatiter[0L] = 99;")]
        public async Task Silent_for_views_and_unknown_layouts(string body)
        {
            await V.Analyzer(Method(body));
        }
    }
}
