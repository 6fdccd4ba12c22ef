using System;
using System.Globalization;

namespace ViewAnalyzers.Bench
{
    /// <summary>Renders docs/performance.md from one benchmark run.</summary>
    internal static class PerformanceDoc
    {
        public static string Render(string table, string machine, int runs) => $"""
            # Performance

            What ViewAnalyzers adds to compile time, measured by the benchmark in `bench/ViewAnalyzers.Bench`
            (not part of the test run). Reproduce with one command:

            ```
            dotnet run -c Release --project bench/ViewAnalyzers.Bench -- --write
            ```

            It generates realistic NumSharp code (slicing, fancy indexing, masks, in-place updates, loops, branches,
            try/finally, lambdas, helper methods and classes, and some of the mistakes the rules report) at 10k, 50k
            and 200k lines, one file with a single 5,000-line method, and a 200k-line codebase of the same shapes that
            does not reference NumSharp. For each, in one process and on the same syntax trees, it times a fresh
            compilation's binding and emit with no analyzers, with ViewAnalyzers, and with NumSharp's own analyzer
            (NumSharp.Build.Analyzer, which ships in the NumSharp package), sequentially (no concurrent analysis),
            after a warm-up, as the median of {runs} runs.

            Measured on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, on {machine}.

            {table}

            ## Reading it

            - "added" is the extra time over the same compilation without analyzers.
            - Growth: compare the per-line cost across the 10k, 50k and 200k corpora; the flow analysis is per method,
              so the cost grows with the number of methods, and the single 5,000-line method shows that a long method
              costs no more per line than many short ones.
            - Where NumSharp is not referenced, every ViewAnalyzers analyzer returns at compilation start without
              registering anything.

            ## In your own build

            `dotnet build -p:ReportAnalyzer=true -v:d` prints the time spent in each analyzer; see the README.
            """;
    }
}
