using System.Threading.Tasks;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0006WriteIntoReadOnlyViewAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0006WriteIntoReadOnlyViewTests
    {
        private static string Method(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(NDArray unknown, NDArray b)
                {
                    var m = np.array(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } });
                    var a = np.array(new[] { 10, 20, 30, 40, 50 });
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("{|#0:{|#1:m.diagonal()|}[0] = 9|};", "m.diagonal()", "diagonal()")]
        [InlineData("{|#0:{|#1:np.diagonal(m)|}.fill(0)|};", "np.diagonal(m)", "diagonal()")]
        [InlineData("{|#0:{|#1:np.diag(m)|}.sort()|};", "np.diag(m)", "diag()")]
        [InlineData("{|#0:{|#1:np.broadcast_to(a, new Shape(2, 5))|}[0, 0] = 1|};", "np.broadcast_to(a, new Shape(2, 5))", "broadcast_to()")]
        [InlineData("{|#0:np.copyto({|#1:unknown.diagonal()|}, b)|};", "unknown.diagonal()", "diagonal()")]
        [InlineData("{|#0:np.negative(b, @out: {|#1:m.diagonal()|})|};", "m.diagonal()", "diagonal()")]
        [InlineData("{|#0:{|#1:m.diagonal()|}[\"0:1\"] = 9|};", "m.diagonal()", "diagonal()")]
        public async Task Reports_a_write_into_a_read_only_view(string body, string view, string how)
        {
            await V.Analyzer(Method(body), V.Diagnostic("VA0006").WithLocation(0).WithLocation(1).WithArguments(view, how));
        }

        [Fact]
        public async Task Reports_a_local_holding_a_read_only_view()
        {
            var body = """
                    var d = {|#1:m.diagonal()|};
                    {|#0:d[0] = 9|};
            """;
            await V.Analyzer(Method(body), V.Diagnostic("VA0006").WithLocation(0).WithLocation(1).WithArguments("d", "diagonal()"));
        }

        [Theory]
        [InlineData("np.diag(a)[0, 0] = 1;")]
        [InlineData("np.diag(unknown)[0] = 1;")]
        [InlineData("var (x, y) = np.broadcast_arrays(a, b); x[0] = 9;")]
        [InlineData("var d = m.diagonal().copy(); d[0] = 9;")]
        [InlineData("var s = m.diagonal().sum();")]
        [InlineData("np.fill_diagonal(m, 0);")]
        public async Task Silent_for_writable_results(string body)
        {
            await V.Analyzer(Method(body));
        }
    }
}
