using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    [Collection(PackagingCollection.Name)]
    public class PackageLayoutTests
    {
        private readonly PackedPackage _package;

        public PackageLayoutTests(PackedPackage package) => _package = package;

        [Fact]
        public void Package_holds_exactly_the_analyzer_assemblies_presets_readme_and_license()
        {
            using var zip = ZipFile.OpenRead(_package.NupkgPath);
            var files = zip.Entries
                .Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml")
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(
                new[]
                {
                    "LICENSE",
                    "README.md",
                    "ViewAnalyzers.nuspec",
                    "analyzers/dotnet/cs/ViewAnalyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/ViewAnalyzers.dll",
                    "build/ViewAnalyzers.targets",
                    "build/config/errors.globalconfig",
                    "build/config/strict.globalconfig",
                },
                files);
        }

        [Fact]
        public void Nuspec_is_a_development_dependency_with_readme_license_and_repository()
        {
            using var zip = ZipFile.OpenRead(_package.NupkgPath);
            using var stream = zip.GetEntry("ViewAnalyzers.nuspec")!.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("ViewAnalyzers", Value("id"));
            Assert.Equal(_package.Version, Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Equal("MIT", Value("license"));
            Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url"));
            Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
        }
    }
}
