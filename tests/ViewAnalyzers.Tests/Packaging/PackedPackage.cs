using System;
using System.IO;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>
    /// Packs ViewAnalyzers into artifacts/packages once for the packaging tests, under a version of its own
    /// so that no consumer can pick up a stale copy from a NuGet cache. The package is removed afterwards.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
            var (exitCode, output) = Dotnet.Run(
                RepoRootAttribute.Value,
                "pack", "src/ViewAnalyzers.Package/ViewAnalyzers.Package.csproj", "-c", "Release", "-nologo", "-p:Version=" + Version);
            PackOutput = output;
            NupkgPath = Path.Combine(RepoRootAttribute.Value, "artifacts", "packages", $"ViewAnalyzers.{Version}.nupkg");
            Assert.True(exitCode == 0 && File.Exists(NupkgPath), "dotnet pack failed:\n" + output);
        }

        public string Version { get; }

        public string NupkgPath { get; }

        public string PackOutput { get; }

        public void Dispose()
        {
            if (File.Exists(NupkgPath))
            {
                File.Delete(NupkgPath);
            }

            var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "viewanalyzers", Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackagingCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "Packaging";
    }
}
