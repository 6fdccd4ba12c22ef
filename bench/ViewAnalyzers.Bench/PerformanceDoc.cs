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
            and 200k lines; stress shapes each at a quarter size and at full size (one method of 1,250 and of 5,000
            lines, loops nested 3 and 12 deep, 250 and 1,000 aliases in one method); and a 200k-line codebase of the
            same shapes that does not reference NumSharp. For each, in one process and on the same syntax trees, it times a fresh
            compilation's binding, analysis and emit with no analyzers, with an empty analyzer, with ViewAnalyzers,
            with NumSharp's own analyzer (NumSharp.Build.Analyzer, which ships in the NumSharp package and so runs in
            every NumSharp project's build), and with both; sequentially (no concurrent analysis), configurations
            interleaved round by round, after two warm-up rounds, as the median of {runs} rounds. It also records the
            time the compiler's analyzer driver measures inside each analyzer's callbacks (what
            `-p:ReportAnalyzer=true` shows in a build).

            Measured on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, on {machine}.

            {table}

            ## Reading it

            - "added" (alone) is the extra wall-clock time over the driver baseline: the same compilation with an
              analyzer whose one action does nothing, which is what any analyzer package costs by being there. "no
              analyzers" is shown for reference.
            - "adds to a NumSharp build" compares NumSharp.Build.Analyzer + ViewAnalyzers with NumSharp.Build.Analyzer
              alone: what a user who adds ViewAnalyzers to a NumSharp project pays. Part of what any
              IOperation-based analyzer costs (the semantic model binding every method body, and the operation
              trees) is then already paid by NumSharp's analyzer, so this is lower than the cost alone.
            - "time inside" is the driver's own measure of each analyzer's callbacks, including the control flow
              graphs ViewAnalyzers asks for but not the shared binding and operation trees. It is taken with both
              analyzers in the same compilations (median of 3), so the comparison with NumSharp's analyzer and the
              growth targets are judged on it; the wall-clock comparison is shown too. It still moves with garbage
              collection (a pause lands in whichever callback allocates): at 50k lines it ranged from about 380 to
              920 ms in repeated runs on this machine, so one run's ratios are indications, not verdicts.
            - Wall-clock numbers on a shared 2-core machine vary by 5-15% from one compilation to the next, more on
              small corpora; medians of interleaved rounds damp that, and a difference of a few percent between two
              configurations is within the noise of one run. `--spread` shows the variation on the machine at hand.
            - Where the time goes, and what was done about it:
              - Control flow graphs and the flow analysis are built only for bodies that contain a write a rule
                can report at (an indexer or element assignment, a call that mutates an array, a compound
                assignment to an array variable); a body that only reads and computes costs one scan of its
                operations. A property test checks over every test source that this gate never hides a write.
              - The forward pass keeps its states in a persistent trie whose joins and comparisons skip shared
                subtrees, and revisits only blocks whose input changed. On the 5,000-line method with a thousand array
                locals the pass was about 90% of ViewAnalyzers' time in a profile (over half a second per
                compilation); it is now a small part of it, and "read later" and "written again" are each one
                backward bitset pass per method instead of a walk per question.
              - Library members are bound on first use instead of every overload at compilation start.
              - The flow of a body is shared by the rules through a dictionary entry dropped by its last reader,
                not a ConditionalWeakTable (whose dependent handles slow every garbage collection).
              - What remains, on a corpus where nearly every method writes into arrays: Roslyn building the
                control flow graphs (about half of the time inside ViewAnalyzers), the flow analysis, and the
                binding and operation trees any operation-based analyzer makes the driver build. The next lever is a
                syntax-level gate that keeps read-only methods away from binding altogether.
              The harness's modes for this, on the 10k-line corpus (or `--long`, `--aliases`, `--deep`; `--sizes N`):
              `--breakdown [--each]` (wall-clock of an operation-based analyzer's floor, of ViewAnalyzers and of each
              analyzer alone), `--telemetry` (time inside each analyzer), `--spread` (this machine's variation) and
              `--profile` (for `dotnet-trace collect`).
            - Where NumSharp is not referenced, every ViewAnalyzers analyzer returns at compilation start without
              registering anything.

            ## In your own build

            `dotnet build -p:ReportAnalyzer=true -v:d` prints the time spent in each analyzer; see the README.
            """;
    }
}
