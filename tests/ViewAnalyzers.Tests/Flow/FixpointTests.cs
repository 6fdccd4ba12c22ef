using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// The forward pass visits the lowest dirty block first; block-order sweeps must reach the same states, and the
    /// facts it records as it goes must be those of each block's final input. And
    /// "read later" and "written into again" are backward passes kept as bitsets for ordinary bodies and, for long
    /// ones, per variable as bits over the window of blocks its set spans. Both representations must answer alike, for every variable at every
    /// block, over every test source, the generated corpus and its stress shapes.
    /// </summary>
    public class FixpointTests
    {
        [Fact]
        public void Bitsets_and_per_variable_windows_agree_everywhere() =>
            HoldsForEveryFlow(flow => flow.BackwardRepresentationsAgree(), "the two representations differ");

        [Fact]
        public void The_forward_pass_reaches_the_same_fixpoint_lowest_block_first_as_by_sweeps() =>
            HoldsForEveryFlow(flow => flow.FixpointsAgree(), "the two orders differ");

        [Fact]
        public void The_facts_recorded_during_the_forward_pass_are_those_of_each_block_s_final_input() =>
            HoldsForEveryFlow(flow => flow.CollectedFactsAgree(), "the facts differ from a pass over the final inputs");

        /// <summary>Asserts <paramref name="property"/> of every flow (nested ones included) of every body of <see cref="FlowHarness.PropertySources"/>.</summary>
        private static void HoldsForEveryFlow(System.Func<global::ViewAnalyzers.Flow.MethodFlow, bool> property, string failure)
        {
            int flows = 0;
            foreach (var (context, body) in FlowHarness.AllBodies(FlowHarness.PropertySources()))
            {
                foreach (var flow in global::ViewAnalyzers.Flow.MethodFlow.Build(FlowHarness.Graph(body), context).All())
                {
                    flows++;
                    Assert.True(property(flow), failure + " for:\n" + body.Syntax);
                }
            }

            Assert.True(flows > 500, $"only {flows} flows compared");
        }
    }
}
