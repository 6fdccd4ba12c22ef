using System.Collections.Generic;
using System.Linq;
using ViewAnalyzers.Semantics;
using Xunit;
using C = ViewAnalyzers.Tests.Semantics.ProbeCase;

namespace ViewAnalyzers.Tests.Semantics
{
    /// <summary>
    /// The NumSharp table cannot drift from the library: every entry is executed against NumSharp 0.70.0
    /// and must behave as the table claims.
    /// </summary>
    public class NumSharpTableExecutionTests
    {
        private static readonly LibraryTable Table = NumSharpTable.Table;

        public static IEnumerable<object[]> ResultEntries() =>
            Table.Entries.Where(e => e.Result != ResultKind.Unknown).Select(e => new object[] { e.Id });

        public static IEnumerable<object[]> MutatingEntries() =>
            Table.Entries.Where(e => !e.Mutates.IsEmpty).Select(e => new object[] { e.Id });

        public static IEnumerable<object[]> AllEntries() => Table.Entries.Select(e => new object[] { e.Id });

        [Theory]
        [MemberData(nameof(ResultEntries))]
        public void Result_behaves_as_the_table_says(string id)
        {
            var entry = Table.Entries.Single(e => e.Id == id);
            Assert.True(NumSharpProbes.Results.TryGetValue(id, out var cases), $"no probe for {id}");

            var observed = cases!.Select(c => (c.Branch, Kind: c.Run())).ToList();

            var branches = new List<(string Branch, ResultKind Expected)> { (C.Default, entry.Result) };
            branches.AddRange(entry.Conditions.Select(c => (c.ToString(), c.Then)));

            foreach (var (branch, expected) in branches)
            {
                switch (expected)
                {
                    case ResultKind.LayoutDependent:
                        AssertLayoutDependent(id, branch, observed);
                        break;
                    case ResultKind.ByIndexArguments:
                        Assert.Equal(new[] { ResultKind.View }, KindsOf(observed, C.BasicIndex));
                        Assert.Equal(new[] { ResultKind.Copy }, KindsOf(observed, C.AdvancedIndex));
                        break;
                    default:
                        var kinds = KindsOf(observed, branch);
                        Assert.True(kinds.Count > 0, $"{id}: no probe exercises the branch '{branch}'");
                        Assert.All(kinds, k => Assert.Equal(expected, k));
                        break;
                }
            }
        }

        [Theory]
        [MemberData(nameof(MutatingEntries))]
        public void Mutation_writes_into_its_operand(string id)
        {
            Assert.True(NumSharpProbes.Mutations.TryGetValue(id, out var probe), $"no mutation probe for {id}");
            Assert.True(probe!(), $"{id} did not change its operand");
        }

        [Theory]
        [MemberData(nameof(AllEntries))]
        public void Entry_names_members_that_exist(string id)
        {
            var library = ResolvedLibrary.TryResolve(TestCompilation.Create("class C {}"), Table);
            Assert.NotNull(library);
            Assert.True(library!.MatchesPerEntry()[id] > 0, $"{id} matches no member of NumSharp 0.70.0");
        }

        [Fact]
        public void Every_probe_names_an_entry()
        {
            var ids = Table.Entries.Select(e => e.Id).ToHashSet();
            var orphans = NumSharpProbes.Results.Keys.Concat(NumSharpProbes.Mutations.Keys).Where(k => !ids.Contains(k)).ToList();
            Assert.Equal(new List<string>(), orphans);
        }

        [Fact]
        public void Entry_ids_are_unique()
        {
            var duplicates = Table.Entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.Empty(duplicates);
        }

        private static void AssertLayoutDependent(string id, string branch, List<(string Branch, ResultKind Kind)> observed)
        {
            if (branch == C.Default)
            {
                var aliasing = KindsOf(observed, C.Aliasing);
                var copying = KindsOf(observed, C.Copying);
                Assert.True(aliasing.Count > 0 && copying.Count > 0, $"{id}: a layout-dependent entry needs an aliasing and a copying probe");
                Assert.All(aliasing, k => Assert.Contains(k, new[] { ResultKind.View, ResultKind.SameObject }));
                Assert.All(copying, k => Assert.Equal(ResultKind.Copy, k));
            }
            else
            {
                // A condition that makes the result depend on the data: both outcomes must be observed.
                var kinds = KindsOf(observed, branch);
                Assert.Contains(ResultKind.Copy, kinds);
                Assert.True(kinds.Any(k => k is ResultKind.View or ResultKind.SameObject), $"{id} ({branch}): no aliasing outcome observed");
            }
        }

        private static List<ResultKind> KindsOf(List<(string Branch, ResultKind Kind)> observed, string branch) =>
            observed.Where(o => o.Branch == branch).Select(o => o.Kind).ToList();
    }
}
