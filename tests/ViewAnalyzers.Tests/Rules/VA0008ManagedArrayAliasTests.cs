using System.Threading.Tasks;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0008ManagedArrayAliasAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0008ManagedArrayAliasTests
    {
        private static string Method(string body) => $$"""
            using System;
            using NumSharp;
            class C
            {
                void M(int[] data, byte[] bytes)
                {
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("var nd = {|#1:np.asarray(data)|};\n{|#0:nd[0] = 5|};\nConsole.WriteLine(data[0]);", "nd", "data", "np.asarray(data)")]
        [InlineData("var nd = {|#1:new NDArray(data)|};\n{|#0:nd.fill(0)|};\nConsole.WriteLine(data.Length);", "nd", "data", "new NDArray(data)")]
        [InlineData("var nd = {|#1:np.array(data, copy: false)|};\n{|#0:nd[\"1:\"] = 0|};\nvar sum = data[1] + data[2];", "nd", "data", "np.array(data, copy: false)")]
        [InlineData("var nd = {|#1:np.frombuffer(bytes, typeof(int))|};\n{|#0:nd[0] = 7|};\nConsole.WriteLine(bytes[0]);", "nd", "bytes", "np.frombuffer(bytes, typeof(int))")]
        public async Task Reports_a_write_through_the_NDArray_while_the_dotnet_array_is_read(string body, string array, string data, string creation)
        {
            await V.Analyzer(
                Method(body),
                V.Diagnostic("VA0008").WithLocation(0).WithLocation(1).WithArguments($"Writing to '{array}' also changes the .NET array '{data}': '{creation}' does not copy it, and '{data}' is read afterwards"));
        }

        [Fact]
        public async Task Reports_a_write_into_the_dotnet_array_while_the_NDArray_is_read()
        {
            var body = """
                    var nd = {|#1:np.asarray(data)|};
                    {|#0:data[0] = 5|};
                    Console.WriteLine(nd.sum());
            """;
            await V.Analyzer(
                Method(body),
                V.Diagnostic("VA0008").WithLocation(0).WithLocation(1).WithArguments("Writing to 'data' also changes 'nd': 'np.asarray(data)' does not copy it, and 'nd' is read afterwards"));
        }

        [Theory]
        [InlineData("var nd = np.array(data);\nnd[0] = 5;\nConsole.WriteLine(data[0]);")]
        [InlineData("NDArray nd = data;\nnd[0] = 5;\nConsole.WriteLine(data[0]);")]
        [InlineData("var nd = np.asarray(data);\nnd[0] = 5;\nConsole.WriteLine(nd);")]
        [InlineData("var nd = np.asarray(data);\ndata[0] = 5;")]
        [InlineData("var nd = np.array(data, copy: true);\ndata[0] = 5;\nConsole.WriteLine(nd);")]
        [InlineData("var nd = np.asarray(data);\nConsole.WriteLine(nd);\ndata[0] = 5;")]
        public async Task Silent_for_copies_and_unshared_use(string body)
        {
            await V.Analyzer(Method(body));
        }
    }
}
