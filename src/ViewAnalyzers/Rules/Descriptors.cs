using Microsoft.CodeAnalysis;

namespace ViewAnalyzers.Rules
{
    /// <summary>Every diagnostic the package reports. IDs are public API: never renumber.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/viewanalyzers/viewanalyzers/blob/main/docs/rules/";

        private const string Correctness = "Correctness";

        public static readonly DiagnosticDescriptor VA0001_WriteThroughView = Create(
            "VA0001",
            "Write through a view changes its source",
            "Writing to '{0}' also changes '{1}': '{0}' is a view of '{1}'",
            DiagnosticSeverity.Warning,
            "A basic slice, a row, a transpose or a reshape of a contiguous array is a view that shares memory with its source. The code treats this view as an independent array (it reads both afterwards, returns it from a function that looks pure, writes into shared data, or names it like a copy). Call .copy() where the view is created to get an independent array.");

        public static readonly DiagnosticDescriptor VA0002_LostWriteIntoCopy = Create(
            "VA0002",
            "Write into a copy that is never read",
            "'{0}' is a copy of '{1}' made by {2}: this write never reaches '{1}', and '{0}' is not read afterwards",
            DiagnosticSeverity.Warning,
            "Fancy indexing, boolean masks, take, compress, extract and flatten return copies. Writing into such a copy and never reading it again loses the write; write back into the source with the indexer setter instead (arr[idx] = value).");

        public static readonly DiagnosticDescriptor VA0003_WriteIntoTemporaryCopy = Create(
            "VA0003",
            "Write into a temporary copy",
            "'{0}' is a temporary copy made by {1}: this write changes the copy, which is then discarded; '{2}' is not changed",
            DiagnosticSeverity.Warning,
            "The receiver of this write is itself an expression that returns a copy (fancy or boolean indexing, copy(), take, …), so the write lands in a temporary array that nothing keeps. Write in place with one indexer assignment (arr[idx] = value).");

        public static readonly DiagnosticDescriptor VA0004_CompoundAssignmentRebindsView = Create(
            "VA0004",
            "Compound assignment rebinds a view instead of updating its source",
            "'{0}' makes a new array and rebinds '{1}'; '{2}', which '{1}' was a view of, is not updated",
            DiagnosticSeverity.Warning,
            "In C#, 'v += x' on a local is 'v = v + x': it allocates a new array and rebinds the local. NumPy updates the view in place, so its source changes; here it does not. Write in place with v[\"...\"] = v + x.");

        public static readonly DiagnosticDescriptor VA0005_WriteThroughLayoutCopy = Create(
            "VA0005",
            "Write through a flattening that is a copy",
            "'{0}' is a copy because '{1}' is not C-contiguous: this write does not reach '{1}'",
            DiagnosticSeverity.Warning,
            "ravel, flat, GetData<T>() and reshape return a view only when the source's memory layout allows it. Here the layout known at compile time proves a copy, so a write through the result is lost.");

        public static readonly DiagnosticDescriptor VA0006_WriteIntoReadOnlyView = Create(
            "VA0006",
            "Write into a read-only view",
            "'{0}' is a read-only view made by {1}: writing into it throws at run time",
            DiagnosticSeverity.Warning,
            "diagonal(), np.diagonal, np.diag of a 2-D array and np.broadcast_to return read-only views; any write into them throws NumSharpException (or ValueError). Make a writable copy first.");

        public static readonly DiagnosticDescriptor VA0007_RangeInIndexer = Create(
            "VA0007",
            "C# range or index in a NumSharp indexer",
            "'{0}' is a C# {1}: NumSharp accepts it at compile time but throws IndexError at run time; use the slice string \"{2}\"",
            DiagnosticSeverity.Error,
            "NumSharp's NDArray has no Length/Slice members, so C# ranges and hat indices bind to its params object[] indexer, which rejects them at run time. Use NumSharp's slice strings (a[\"1:4\"], a[\"-1\"]).");

        public static readonly DiagnosticDescriptor VA0008_ManagedArrayAlias = Create(
            "VA0008",
            "Array shares memory with a .NET array",
            "{0}",
            DiagnosticSeverity.Warning,
            "np.asarray(T[]), new NDArray(T[]), np.array(T[], copy: false) and np.frombuffer(byte[]) wrap the .NET array without copying it: writes through either one change the other. Create the NDArray with a copy (np.array(data)) when both are used independently.");

        public static readonly DiagnosticDescriptor VA9001_InvalidSemanticsLine = new DiagnosticDescriptor(
            "VA9001",
            "Invalid line in ViewAnalyzers.Semantics.txt",
            "{0}, line {1}: {2}",
            "Configuration",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "ViewAnalyzers.Semantics.txt declares the view-returning, copy-returning and mutating members of your own array types. A line that does not follow the format is ignored and reported here.",
            helpLinkUri: HelpLinkBase + "VA9001.md");

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
