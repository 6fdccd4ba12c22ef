using System.Linq;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// The rules stay silent where a write or the view under it does not bind. They ask the flow, which searches the whole
    /// body once and searches operation by operation only in a body that does not bind everywhere: the answer must be the
    /// one a search of the operation alone gives, for every write of every flow (graph and straight-line, lambdas
    /// included) of the broken bodies of the robustness tests and of the test sources and generated corpus.
    /// </summary>
    public class ErrorCheckTests
    {
        [Fact]
        public void The_flow_s_answer_is_the_operation_s_own()
        {
            // Also an unknown type: no invalid operation (which makes a body not straight-line), only error types.
            var bodies = ViewAnalyzers.Tests.Robustness.BrokenCodeTests.Bodies().Select(b => (string)b[0])
                .Append("var backup = prices[\"0:3\"];\nMissing m = backup;\nbackup[0] = m;\nConsole.WriteLine(prices);");
            var broken = bodies.Select(b => "using System;\nusing NumSharp;\nclass C\n{\n    void M(int[] idx)\n    {\n        var prices = np.array(new[] { 10, 20, 30, 40, 50 });\n" + b + "\n    }\n}\n");
            int writes = 0, withErrors = 0;
            foreach (var (context, body) in FlowHarness.AllBodies(broken.Concat(FlowHarness.PropertySources()), withErrors: true))
            {
                if (MethodFlow.BuildBody(body, context, 0, static (_, b) => FlowHarness.Graph(b)) is not { IsEmpty: false } flow)
                {
                    continue;
                }

                foreach (var each in flow.All())
                {
                    foreach (var write in each.Writes)
                    {
                        writes++;
                        bool expected = Binding.HasErrors(write.Access.Operation);
                        withErrors += expected ? 1 : 0;
                        Assert.Equal(expected, each.HasErrors(write.Access.Operation));
                        if (write.HolderValue.Origin is { } origin)
                        {
                            Assert.Equal(Binding.HasErrors(origin), each.HasErrors(origin));
                        }
                    }
                }
            }

            Assert.True(writes > 1000 && withErrors > 3, $"only {writes} writes, {withErrors} of them with errors");
        }
    }
}
