using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>VA0001: make the view an independent copy where it is created.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0001MakeIndependentCopyCodeFix)), Shared]
    public sealed class VA0001MakeIndependentCopyCodeFix : AppendCopyFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0001");

        protected override string? Title(Diagnostic diagnostic) =>
            $"Make '{Name(diagnostic, "view")}' an independent copy ('{Name(diagnostic, "source")}' will no longer change)";
    }
}
