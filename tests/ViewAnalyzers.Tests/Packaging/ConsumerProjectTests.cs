using System;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>Fresh console projects load the analyzers from the package exactly as a user's project would.</summary>
    [Collection(PackagingCollection.Name)]
    public class ConsumerProjectTests
    {
        private const string LostWrite = """
            using NumSharp;
            var a = np.array(new[] { 10, 20, 30, 40, 50 });
            var f = a[new[] { 0, 2 }];
            f["..."] = 0;
            System.Console.WriteLine(a);
            """;

        private const string HelperWritingThroughAView = """
            using NumSharp;
            System.Console.WriteLine(Helpers.ZeroFirst(np.arange(5)));
            static class Helpers
            {
                public static NDArray ZeroFirst(NDArray x)
                {
                    var head = x["0:1"];
                    head[0] = 0;
                    return x;
                }
            }
            """;

        private readonly PackedPackage _package;

        public ConsumerProjectTests(PackedPackage package) => _package = package;

        [Fact]
        public void Fresh_console_project_loads_the_analyzers_without_CS8032_or_AD0001()
        {
            var (exitCode, output) = Build("""
                using NumSharp;
                var a = np.array(new[] { 10, 20, 30, 40, 50 });
                System.Console.WriteLine(a[1..4]);
                """);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Program.cs(3,28): error VA0007", output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        }

        [Fact]
        public void Errors_preset_turns_every_rule_into_an_error()
        {
            var (defaultExit, defaultOutput) = Build(LostWrite);
            var (errorsExit, errorsOutput) = Build(LostWrite, "<ViewAnalyzersMode>errors</ViewAnalyzersMode>");

            Assert.Equal(0, defaultExit);
            Assert.Contains("Program.cs(4,1): warning VA0002", defaultOutput, StringComparison.Ordinal);
            Assert.NotEqual(0, errorsExit);
            Assert.Contains("Program.cs(4,1): error VA0002", errorsOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void Strict_preset_reports_every_write_through_a_view_variable()
        {
            var (defaultExit, defaultOutput) = Build(HelperWritingThroughAView);
            var (strictExit, strictOutput) = Build(HelperWritingThroughAView, "<ViewAnalyzersMode>strict</ViewAnalyzersMode>");

            Assert.Equal(0, defaultExit);
            Assert.DoesNotContain("VA0001", defaultOutput, StringComparison.Ordinal);
            Assert.Equal(0, strictExit);
            Assert.Contains("Program.cs(8,9): warning VA0001", strictOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_preset_fails_with_a_clear_message()
        {
            var (exitCode, output) = Build(LostWrite, "<ViewAnalyzersMode>loud</ViewAnalyzersMode>");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("ViewAnalyzersMode is 'loud'; it must be default, strict or errors.", output, StringComparison.Ordinal);
        }

        private (int ExitCode, string Output) Build(string program, string properties = "")
        {
            using var project = new ConsumerProject(_package, program, "<NoWarn>$(NoWarn);NDW012</NoWarn>" + properties);
            return project.Run("build", "-nologo", "-v:n");
        }
    }
}
