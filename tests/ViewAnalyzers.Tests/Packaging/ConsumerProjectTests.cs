using System;
using System.IO;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>A fresh console project loads the analyzers from the package exactly as a user's project would.</summary>
    [Collection(PackagingCollection.Name)]
    public class ConsumerProjectTests
    {
        private readonly PackedPackage _package;

        public ConsumerProjectTests(PackedPackage package) => _package = package;

        [Fact]
        public void Fresh_console_project_loads_the_analyzers_without_CS8032_or_AD0001()
        {
            var directory = Path.Combine(Path.GetTempPath(), "va-consumer-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <packageSources>
                        <add key="ViewAnalyzers artifacts" value="{Path.Combine(RepoRootAttribute.Value, "artifacts", "packages")}" />
                      </packageSources>
                    </configuration>
                    """);
                File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="NumSharp" Version="0.70.0" />
                        <PackageReference Include="ViewAnalyzers" Version="{_package.Version}" PrivateAssets="all" />
                      </ItemGroup>
                    </Project>
                    """);
                File.WriteAllText(Path.Combine(directory, "Program.cs"), """
                    using NumSharp;
                    var a = np.array(new[] { 10, 20, 30, 40, 50 });
                    System.Console.WriteLine(a[1..4]);
                    """);

                var (exitCode, output) = Dotnet.Run(directory, "build", "-nologo", "-p:ReportAnalyzer=true", "-v:n");

                Assert.NotEqual(0, exitCode);
                Assert.Contains("Program.cs(3,28): error VA0007", output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
                Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
                var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "viewanalyzers", _package.Version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
        }
    }
}
