using System.Linq;
using ViewAnalyzers.Bench;
using ViewAnalyzers.Tests.Robustness;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// "Read later" and "written into again" are backward passes kept as bitsets for ordinary bodies and, for long
    /// ones, per variable as bits over the window of blocks its set spans. Both representations must answer alike, for every variable at every
    /// block, over every test source, the generated corpus and its stress shapes.
    /// </summary>
    public class BackwardPassTests
    {
        [Fact]
        public void Bitsets_and_per_variable_windows_agree_everywhere()
        {
            var sources = MutationTests.Sources().Select(s => (string)s[1]).ToList();
            sources.AddRange(CorpusGenerator.Generate(3_000, withNumSharp: true).Select(f => f.Text));
            sources.Add(CorpusGenerator.LongMethod(600, withNumSharp: true).Text);
            sources.Add(CorpusGenerator.ManyAliases(300).Text);
            sources.Add(CorpusGenerator.DeepLoops(3, 6).Text);
            int flows = 0;
            foreach (var (context, body) in FlowHarness.AllBodies(sources))
            {
                foreach (var flow in global::ViewAnalyzers.Flow.MethodFlow.Build(FlowHarness.Graph(body), context).All())
                {
                    flows++;
                    Assert.True(flow.BackwardRepresentationsAgree(), "the two representations differ for:\n" + body.Syntax);
                }
            }

            Assert.True(flows > 500, $"only {flows} flows compared");
        }
    }
}
