using System;
using System.IO;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>
    /// The whole user story in a real build: a project with TreatWarningsAsErrors fails on the mistakes,
    /// <c>dotnet format analyzers</c> applies the fixes, the build passes, and the program prints what was meant.
    /// </summary>
    [Collection(PackagingCollection.Name)]
    public class EndToEndTests
    {
        private readonly PackedPackage _package;

        public EndToEndTests(PackedPackage package) => _package = package;

        [Fact]
        public void Build_fails_then_dotnet_format_fixes_it_and_the_program_prints_the_intended_values()
        {
            const string program = """
                using NumSharp;

                var a = np.array(new[] { 10, 20, 30, 40, 50 });
                var picked = a[new[] { 0, 2 }];
                picked["..."] = 0;
                var window = a["3:5"];
                window += 1;
                System.Console.WriteLine(a);
                System.Console.WriteLine(a[1..3]);
                """;
            using var project = new ConsumerProject(_package, program, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);NDW012;CA1861</NoWarn>");

            var (failedExit, failed) = project.Run("build", "-nologo");
            Assert.NotEqual(0, failedExit);
            Assert.Contains("Program.cs(5,1): error VA0002", failed, StringComparison.Ordinal);
            Assert.Contains("Program.cs(7,1): error VA0004", failed, StringComparison.Ordinal);
            Assert.Contains("Program.cs(9,28): error VA0007", failed, StringComparison.Ordinal);

            var (formatExit, formatted) = project.Run("format", "analyzers", "App.csproj", "--diagnostics", "VA0002", "VA0004", "VA0007", "--severity", "warn", "--no-restore");
            Assert.True(formatExit == 0, "dotnet format failed:\n" + formatted);

            var (buildExit, built) = project.Run("build", "-nologo");
            Assert.True(buildExit == 0, "the fixed project does not build:\n" + built + "\n" + File.ReadAllText(project.ProgramPath));

            var (runExit, output) = project.Run("run", "--no-build");
            Assert.Equal(0, runExit);
            Assert.Equal("[ 0 20  0 41 51]\n[20  0]\n", output.Replace("\r\n", "\n"));
        }
    }
}
