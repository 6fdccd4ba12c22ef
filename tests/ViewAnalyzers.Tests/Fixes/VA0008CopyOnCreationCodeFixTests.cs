using System.Threading.Tasks;
using ViewAnalyzers.CodeFixes;
using ViewAnalyzers.Rules;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0008ManagedArrayAliasAnalyzer>;

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0008CopyOnCreationCodeFixTests
    {
        private static string Class(string creation) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(int[] data)
                {
                    var nd = {{creation}};
                    [|nd[0] = 5|];
                    Console.WriteLine(data[0]);
                }
            }
            """;

        [Theory]
        [InlineData("np.asarray(data)")]
        [InlineData("new NDArray(data)")]
        [InlineData("np.array(data, copy: false)")]
        public async Task Creates_the_array_from_a_copy(string creation)
        {
            await V.Fix<VA0008CopyOnCreationCodeFix>(Class(creation), Class("np.array(data)").Replace("[|nd[0] = 5|]", "nd[0] = 5"));
        }

        [Fact]
        public async Task After_the_fix_the_dotnet_array_no_longer_changes()
        {
            const string program = """
                using System;
                using NumSharp;
                public static class Program
                {
                    public static void Main()
                    {
                        var data = new[] { 1, 2, 3 };
                        var nd = np.asarray(data);
                        nd[0] = 5;
                        Console.WriteLine(data[0]);
                    }
                }
                """;

            var before = ProgramRunner.Run(program);
            var after = ProgramRunner.Run(await FixApplier.ApplyAllAsync<VA0008ManagedArrayAliasAnalyzer, VA0008CopyOnCreationCodeFix>(program));

            Assert.Equal("5\n", before);
            Assert.Equal("1\n", after);
        }
    }
}

namespace ViewAnalyzers.Tests.Fixes
{
    public class VA0008FixAllTests
    {
        [Fact]
        public async Task Fix_all_copies_every_aliasing_creation()
        {
            var source = """
                using System;
                using NumSharp;
                class C
                {
                    void M(int[] data, double[] weights)
                    {
                        var nd = np.asarray(data);
                        [|nd[0] = 5|];
                        var w = new NDArray(weights);
                        [|weights[0] = 1.5|];
                        Console.WriteLine(data[0] + w.sum().ToString());
                    }
                }
                """;
            var fixedSource = """
                using System;
                using NumSharp;
                class C
                {
                    void M(int[] data, double[] weights)
                    {
                        var nd = np.array(data);
                        nd[0] = 5;
                        var w = np.array(weights);
                        weights[0] = 1.5;
                        Console.WriteLine(data[0] + w.sum().ToString());
                    }
                }
                """;
            await V.Fix<VA0008CopyOnCreationCodeFix>(source, fixedSource);
        }
    }
}
