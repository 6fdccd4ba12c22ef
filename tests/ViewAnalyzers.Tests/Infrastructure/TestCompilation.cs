using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ViewAnalyzers.Tests
{
    /// <summary>Reference assemblies and compilations shared by every test.</summary>
    public static class TestCompilation
    {
        /// <summary>net10.0 reference assemblies (the version the installed runtime was built with).</summary>
        public static readonly ReferenceAssemblies Net10 = new ReferenceAssemblies(
            "net10.0",
            new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
            Path.Combine("ref", "net10.0"));

        public static readonly string NumSharpPath = typeof(NumSharp.NDArray).Assembly.Location;

        public static readonly MetadataReference NumSharp = MetadataReference.CreateFromFile(NumSharpPath);

        /// <summary>The runtime's own assemblies: enough to compile and run small programs in process.</summary>
        public static readonly ImmutableArray<MetadataReference> RuntimeReferences =
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll" || Path.GetFileName(p) == "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();

        public static CSharpCompilation Create(string source, bool withNumSharp = true, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
            Create(new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) }, withNumSharp, kind);

        /// <summary>One compilation of several named files (the path decides, for instance, whether a file counts as generated).</summary>
        public static CSharpCompilation Create(IEnumerable<(string Name, string Text)> files, bool withNumSharp = true) =>
            Create(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), path: f.Name)), withNumSharp, OutputKind.DynamicallyLinkedLibrary);

        private static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, bool withNumSharp, OutputKind kind)
        {
            var references = new List<MetadataReference>(RuntimeReferences);
            if (withNumSharp)
            {
                references.Add(NumSharp);
            }

            return CSharpCompilation.Create(
                "Probe" + Guid.NewGuid().ToString("N"),
                trees,
                references,
                new CSharpCompilationOptions(kind, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        }
    }
}
