using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ViewAnalyzers.CodeFixes
{
    /// <summary>VA0006: copy a read-only view held in a variable where it is created, so writes stop throwing.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VA0006MakeWritableCopyCodeFix)), Shared]
    public sealed class VA0006MakeWritableCopyCodeFix : AppendCopyFixBase
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("VA0006");

        protected override string? Title(Diagnostic diagnostic) =>
            diagnostic.Properties.ContainsKey("view")
                ? $"Make '{Name(diagnostic, "view")}' a writable copy (writes will no longer reach its source)"
                : null;
    }
}
