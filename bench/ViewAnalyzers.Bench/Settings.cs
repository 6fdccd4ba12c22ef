using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ViewAnalyzers.Bench
{
    /// <summary>.editorconfig settings, the same for every file.</summary>
    public sealed class Settings : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values;

        public Settings(string key, string value)
            : this(Build.Add(key, value))
        {
        }

        private Settings(ImmutableDictionary<string, string> values) => _values = new Values(values);

        /// <summary>
        /// What MSBuild passes every analyzer of a .NET 8 library project (its generated .editorconfig), and nothing else:
        /// the SDK's analyzers read these (the platform analyzer, for one, looks at the supported platforms).
        /// </summary>
        public static Settings MSBuild { get; } = new Settings(Build);

        private static ImmutableDictionary<string, string> Build => ImmutableDictionary<string, string>.Empty
            .Add("build_property.TargetFramework", "net8.0")
            .Add("build_property.TargetFrameworkIdentifier", ".NETCoreApp")
            .Add("build_property.TargetFrameworkVersion", "v8.0")
            .Add("build_property._SupportedPlatformList", "Linux,macOS,Windows")
            .Add("build_property.RootNamespace", "Bench")
            .Add("build_property.EffectiveAnalysisLevelStyle", "8.0");

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Values(ImmutableDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
