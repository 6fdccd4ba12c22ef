using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.Rules
{
    /// <summary>Every diagnostic the package reports. IDs are public API: never renumber.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/viewanalyzers/viewanalyzers/blob/main/docs/rules/";

        private const string Correctness = "Correctness";

        public static readonly DiagnosticDescriptor VA0007_RangeInIndexer = Create(
            "VA0007",
            "C# range or index in a NumSharp indexer",
            "'{0}' is a C# {1}: NumSharp accepts it at compile time but throws IndexError at run time; use the slice string \"{2}\"",
            DiagnosticSeverity.Error,
            "NumSharp's NDArray has no Length/Slice members, so C# ranges and hat indices bind to its params object[] indexer, which rejects them at run time. Use NumSharp's slice strings (a[\"1:4\"], a[\"-1\"]).");

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
            new DiagnosticDescriptor(
                id,
                title,
                message,
                Correctness,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md");
    }
}
