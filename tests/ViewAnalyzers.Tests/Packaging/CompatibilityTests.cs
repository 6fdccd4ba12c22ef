using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>
    /// The analyzers must load in every host from Visual Studio 17.8 / the .NET 8 SDK on: a reference to a newer
    /// Roslyn or BCL package makes the compiler skip them silently (CS8032).
    /// </summary>
    public class CompatibilityTests
    {
        public static TheoryData<string> Assemblies() => new TheoryData<string>
        {
            typeof(ViewAnalyzers.Rules.ViewAnalyzerBase).Assembly.Location,
            typeof(ViewAnalyzers.CodeFixes.DocumentFixProvider).Assembly.Location,
        };

        [Theory]
        [MemberData(nameof(Assemblies))]
        public void References_nothing_newer_than_the_supported_floor(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var references = metadata.AssemblyReferences
                .Select(h => metadata.GetAssemblyReference(h))
                .Select(r => (Name: metadata.GetString(r.Name), r.Version))
                .ToList();

            Assert.Contains(references, r => r.Name == "netstandard");
            Assert.Contains(references, r => r.Name == "Microsoft.CodeAnalysis");
            foreach (var (name, version) in references)
            {
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(version <= new Version(4, 8, 0, 0), $"{Path.GetFileName(path)} references {name} {version}, newer than 4.8");
                }

                if (name is "System.Collections.Immutable" or "System.Reflection.Metadata")
                {
                    Assert.True(version <= new Version(8, 0, 0, 0), $"{Path.GetFileName(path)} references {name} {version}, newer than 8.0");
                }
            }
        }

        [Fact]
        public void The_analyzer_assembly_does_not_reference_Workspaces()
        {
            using var stream = File.OpenRead(typeof(ViewAnalyzers.Rules.ViewAnalyzerBase).Assembly.Location);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var names = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
            Assert.DoesNotContain(names, n => n.Contains("Workspaces", StringComparison.Ordinal));
        }
    }
}
