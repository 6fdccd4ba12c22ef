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

            - "added" is the extra time over the driver baseline: the same compilation with an analyzer that registers
              nothing, which is what any analyzer package costs by being there (NetAnalyzers' benchmarks use the
              same baseline). "no analyzers" is shown for reference.
            - Numbers from one machine vary by several percent between runs, more on small corpora; the
              configurations are interleaved run by run so that drift affects them alike.
            - Where the time goes: `dotnet run -c Release --project bench/ViewAnalyzers.Bench -- --cfg-cost` times
              Roslyn building IOperation trees and control flow graphs for every method of the 10k corpus, which the
              flow rules need; on this corpus, where every method uses NumSharp, that alone is most of what
              ViewAnalyzers adds. The way down is to build no graph for methods that have no candidate write.
            - Where NumSharp is not referenced, every ViewAnalyzers analyzer returns at compilation start without
              registering anything.

            ## In your own build

            `dotnet build -p:ReportAnalyzer=true -v:d` prints the time spent in each analyzer; see the README.
            """;
    }
}
