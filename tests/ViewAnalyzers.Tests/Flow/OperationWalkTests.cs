using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Bench;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Tests.Robustness;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>The gate's allocation-free walk gives what Roslyn's <c>DescendantsAndSelf</c> gives, in the same order.</summary>
    public class OperationWalkTests
    {
        private static IEnumerable<IOperation> Bodies() =>
            FlowHarness.AllBodies(MutationTests.Sources().Select(s => (string)s[1]).Concat(CorpusGenerator.Generate(3_000, withNumSharp: true).Select(f => f.Text)))
                .Select(b => b.Body);

        [Fact]
        public void Every_body_of_every_test_source_is_walked_as_Roslyn_walks_it()
        {
            int operations = 0;
            foreach (var body in Bodies())
            {
                var walked = new List<IOperation>();
                foreach (var operation in new OperationWalk(body))
                {
                    walked.Add(operation);
                }

                Assert.Equal(body.DescendantsAndSelf().ToList(), walked);
                operations += walked.Count;
            }

            Assert.True(operations > 10_000, $"only {operations} operations walked");
        }

        [Fact]
        public void Walks_inside_walks_and_walks_left_early_do_not_disturb_each_other()
        {
            foreach (var body in Bodies().Take(40))
            {
                var expected = body.DescendantsAndSelf().ToList();
                int index = 0;
                foreach (var operation in new OperationWalk(body))
                {
                    Assert.Same(expected[index++], operation);

                    // A nested walk takes its own stack, and one left at its first step gives its stack back.
                    Assert.Equal(operation.DescendantsAndSelf().Count(), Count(operation));
                    foreach (var first in new OperationWalk(operation))
                    {
                        Assert.Same(operation, first);
                        break;
                    }
                }

                Assert.Equal(expected.Count, index);
            }
        }

        private static int Count(IOperation operation)
        {
            int count = 0;
            foreach (var _ in new OperationWalk(operation))
            {
                count++;
            }

            return count;
        }
    }
}
