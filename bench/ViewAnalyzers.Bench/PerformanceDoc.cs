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
            and 200k lines; stress shapes each at a quarter size and at full size (one method of 5,000 and of 20,000
            lines, 160 methods with loops nested 3 and 12 deep, 1,000 and 4,000 aliases in one method); and a 200k-line codebase of the
            same shapes that does not reference NumSharp. For each, in one process and on the same syntax trees, it times a fresh
            compilation's binding, analysis and emit with no analyzers, with an empty analyzer, with ViewAnalyzers,
            with NumSharp's own analyzer (NumSharp.Build.Analyzer, which ships in the NumSharp package and so runs in
            every NumSharp project's build), and with both; for the short-method corpora also with the .NET SDK's own
            analyzers (Microsoft.CodeAnalysis.NetAnalyzers, which every `dotnet build` of a .NET 5+ project runs), with
            them and ViewAnalyzers, and with an analyzer whose one operation block action does nothing; sequentially (no concurrent analysis), configurations
            interleaved round by round, after two warm-up rounds, as the median of {runs} rounds. The process runs
            with server GC, as csc and the compiler server do (their runtimeconfig.json sets System.GC.Server). It also records the
            time the compiler's analyzer driver measures inside each analyzer's callbacks (what
            `-p:ReportAnalyzer=true` shows in a build), and the same less the garbage collections during the
            callbacks, with both analyzers in one compilation, with each alone and (short-method corpora) with the SDK's analyzers and ViewAnalyzers, median of {runs} rounds (at least 21 for the stress shapes); references are bound before, as a build does
            before its analyzers start, and every timed run starts from a collected heap. For the stress shapes it
            also times Roslyn building the control flow graph of every body (a probe analyzer that only asks for
            them), ViewAnalyzers alone with no limit on body length and, with no limit, ViewAnalyzers' own work
            timed apart from the graphs, phase by phase ("Very long bodies" below). Last, the bytes allocated while each analyzer
            runs alone, beyond the operation trees the driver builds for any operation-based analyzer (a probe with an
            empty operation block action): unlike time, they are the same from one run to the next.

            Measured on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, on {machine}.

            {table}

            ## Reading it

            - "added" (alone) is the extra wall-clock time over the driver baseline: the same compilation with an
              analyzer whose one action does nothing, which is what any analyzer package costs by being there. "no
              analyzers" is shown for reference. Each "added" is the median of the rounds' own ratios (each
              configuration against the baseline measured in the same round), so that drift between rounds cancels;
              the time columns are medians of their own. The process's CPU time (`Environment.CpuUsage`) was tried
              as a steadier measure and moves as much on this machine (7 rounds of the 50k corpus with an empty
              analyzer, 2026-11-26: 4.9-5.6 s of CPU time against 3.8-4.4 s of wall-clock), so it is not reported;
              nor is it steadier for one analysis run: the 4,000-alias method's analysis took 0.6-1.4 s of CPU time
              over 9 rounds.
            - The "adds less than 5%" targets are judged on ViewAnalyzers' share of the compilation: the time inside its
              callbacks as the driver measures it (what `-p:ReportAnalyzer=true` shows a user for their own build; median
              of the time-inside rounds) over the wall-clock of the same compilation with it (median of the timed rounds),
              with NumSharp's analyzer (a NumSharp build) and with the .NET SDK's analyzers (a default .NET build; the time
              inside ViewAnalyzers measured next to them each round, in the last two columns of the second table). It does not swing as the wall-clock differences
              do, but it is not fixed either: computed the same way from the tables of the two earlier full runs of
              2026-11-26 (bb4a736, e5be64d), it was 4.0% and 6.4% at 10k lines, 4.8% and 4.3% at 50k, 5.6% and 4.1%
              at 200k (the time inside moves with garbage collection, the wall-clock with the machine, and at 200k the
              two moved apart: 996 and 913 ms inside, 17.6 and 22.3 s of compilation), so one run's verdict on it is
              close to the bound either way. Next to the SDK's analyzers ViewAnalyzers' callbacks took longer than next
              to NumSharp's in the run on 9d2fa92 (40 / 223 / 978 ms inside it at 10k / 50k / 200k lines against 36 / 141
              / 837; its share of a default .NET build 5.1% / 5.3% / 5.8%, over the bound), and `--telemetry` at 50k
              right after (6 rounds, 2026-11-27) put the three within each other's spread: 146-195 ms next to the SDK's
              analyzers, 135-226 next to NumSharp's, 116-260 alone. In the run on f285d45, after the changes of
              2026-11-27 below, they were 27 / 119 / 715 ms next to the SDK's analyzers and 32 / 144 / 614 next to
              NumSharp's, and in the run in the table (a69da75) 38 / 138 / 633 and 39 / 122 / 734: which of the two is
              larger changes from run to run, and at 200k the collections during the callbacks put one share or the
              other nearest the bound (in the run in the table the NumSharp build's, 4.0%: 734 ms inside, 569 less
              collections). Where NumSharp's analyzer or the SDK's already run, the binding and operation trees an
              operation-based analyzer needs are paid, and what ViewAnalyzers adds is its callbacks plus the driver
              calling them (for VA0007's operation action, a walk over each body's operations, not in the share) and
              the collections its allocations cause outside them (its allocations are in the table).
              The wall-clock rows ("adds ...: wall-clock", "wall-clock, alone") are shown with the range of their rounds'
              paired ratios, and are met only when every round is under the bound, not met when no round is, and
              otherwise not settled by the run: on this machine one compilation's wall-clock moves by more than the
              differences they judge (in the run on e5be64d, NumSharp's analyzer added -2.8% at 50k lines while the
              driver measured 306 ms, 6.7% of the compilation, inside it; ViewAnalyzers alone added +3.0% at 200k in the
              run on bb4a736 and +10.0% on e5be64d, hours apart, with 920 and 904 ms inside it).
            - "adds to a default .NET build" compares the .NET SDK's analyzers + ViewAnalyzers with the SDK's analyzers
              alone: what a user pays who adds ViewAnalyzers to a project that uses NumSharp but has turned NumSharp's
              analyzer off. The SDK runs Microsoft.CodeAnalysis.NetAnalyzers in every build of a .NET 5+ project
              (`EnableNETAnalyzers` is on by default; the compiler's command line is `/analyzer:` the SDK's two
              NetAnalyzers assemblies with `analysislevel_N_default.globalconfig`, checked on a `dotnet build` of a new
              library with the .NET 10 SDK). The harness loads them as the .NET 8 SDK ships them (NuGet
              Microsoft.CodeAnalysis.NetAnalyzers 8.0.0, built for the Roslyn floor; .NET 10's need a newer Roslyn), at
              the default analysis level, with the properties MSBuild passes every analyzer (target framework,
              supported platforms) and, as the command-line compiler does, only the analyzers with a rule on at warning
              or error: the compiler skips an analyzer whose rules are all info or hidden unless an error log is asked
              for. That leaves 20 analyzers (the platform compatibility analyzer, stackalloc in loops, rethrow, ...),
              several of them operation-based: on the 10k corpus they allocate 95 MB while they run, the operation
              trees alone (an empty operation block action) 56 MB. So every default build already pays the binding and
              operation trees an operation-based analyzer costs, as a NumSharp build does for NumSharp's analyzer.
              "an operation block action that does nothing" is that cost alone, for comparison with ViewAnalyzers alone.
            - "adds to a NumSharp build" compares NumSharp.Build.Analyzer + ViewAnalyzers with NumSharp.Build.Analyzer
              alone: what a user who adds ViewAnalyzers to a NumSharp project pays. Part of what any
              IOperation-based analyzer costs (the semantic model binding every method body, and the operation
              trees) is then already paid by NumSharp's analyzer, so this is lower than the cost alone.
            - "time inside" is the driver's own measure of each analyzer's callbacks, including the control flow
              graphs ViewAnalyzers asks for but not the shared binding and operation trees. The comparison with
              NumSharp's analyzer and the growth targets are judged on it, both ways: both analyzers in the same
              compilations (as in a NumSharp build) and each alone. It moves with garbage collection: a collection
              stops every thread and lands in whichever callback's allocation triggered it, and one run of the 50k
              corpus has 3 or 4 of 60-80 ms each under server GC, so whether one of them falls inside one analyzer
              or the other moves its time by a quarter or more from run to run. The number in brackets is the same
              time less the collections that happened during the callbacks (each analyzer runs inside a wrapper,
              `TimedAnalyzer` in the harness, that reads the runtime's total GC pause time around each callback, a
              read of a counter): the analyzer's own work, far steadier from run to run. What an analyzer costs in
              collections follows from what it allocates, which the allocation columns measure on their own; the
              comparison with NumSharp's analyzer is judged on the driver's measure, on the time less collections,
              and on allocations. The wall-clock comparison is shown too.
            - Times inside an analyzer of a few tens of milliseconds (the quarter-size stress shapes) move by half
              from one run to the next, whichever analyzer is measured: one garbage collection more or less. The
              stress shapes are sized so that their quarter size takes some tens of milliseconds, and get more rounds.
            - Wall-clock numbers on a shared 2-core machine vary by 5-15% from one compilation to the next, more on
              small corpora, and by up to 20% between runs an hour apart; medians of interleaved rounds damp that, and
              a difference of a few percent between two configurations is within the noise of one run. `--spread`
              shows the variation on the machine at hand: right after the run of 2026-11-26 on 3357569, 9 rounds of
              the 200k corpus with an empty analyzer and with ViewAnalyzers alone put ViewAnalyzers' per-round ratio
              between -3% and +30% (median +15%; the medians of the two columns +7%), against +5.3% in that run (+3.0%
              in the run on bb4a736, where an operation block action that does nothing added +25.8% at 50k lines
              and +1.1% at 200k: the wall-clock verdicts on "added" pass or fail with the machine). Alone,
              ViewAnalyzers also pays what any operation-based analyzer pays (binding every method body again for
              the semantic model, and 1.1 GB of operation trees at 200k lines, with the collections they cause),
              which a NumSharp build already pays for NumSharp's analyzer, and a default .NET build for the SDK's.
              The noise is the machine's, not the garbage collector's: `--cpu` times each compilation's CPU time apart
              from the collector's threads (from /proc), and on the 50k corpus (2026-11-26, 7 rounds) that moved as
              much as wall-clock (an operation block action that does nothing: 4.9-6.9 s). A `--breakdown --sizes
              200000 --runs 7` the same day put the medians of an empty analyzer at 17.6 s, an operation block action
              doing nothing at 20.4 s and the same building every body's control flow graph at 17.5 s: more work
              measured as less time. This machine has no hardware performance counters (no instruction counts), so
              the verdicts that one run can settle are the time inside each analyzer and the allocations.
            - The allocation columns do not move with the machine: they are the verdict on cost that one run can
              give. The operation trees (re-binding every method body for the analyzers) are paid once by whichever
              operation-based analyzers run, NumSharp's included; what each analyzer allocates beyond them is its own
              cost, and the graphs ViewAnalyzers asks for count as its own.
            - Where the time goes, and what was done about it:
              - Garbage collection. A collection runs inside whichever callback's allocation triggers it, so an
                analyzer's measured time follows how much it allocates as much as how much it computes. Runs up to
                2026-11-26 used workstation GC (the harness wrongly took it for the compiler's); there, over half of
                the time inside ViewAnalyzers was collections in one profile of the 50k corpus, and still 39% in the
                next. Server GC, as the compiler runs, collects far less often. Since the first profile the flow layer
                allocates no closure, iterator or per-event state in its inner loops, keeps a graph's edges in two
                arrays, and evaluates each operand once (a chain of steps evaluated its operand twice per level).
              - Control flow graphs and flows are built only for bodies where a rule could report: a write (an
                indexer or element assignment, a call that mutates an array, a compound assignment to an array
                variable) into a value derived from a library array inside the body, i.e. a view, copy, read-only
                view or alias made by a library member or by a method of the compilation, or a variable assigned one
                anywhere in the body; or a body that aliases a .NET array. Writes into parameters, fields and fresh
                arrays alone cost one scan. Two kinds of origin count in one place only (2026-11-26): a plain copy
                (`copy()`, `np.copy`, `Clone`: not a selection, not layout-dependent) counts when it is written into
                as a temporary (`a.copy()[0] = 5`, VA0003), not when a variable is assigned one, since no rule reports
                writes into new memory the user asked for (`var c = a["0:4"].copy(); c[0] = 1`); a plain view inside
                a write target (`a["1:3"].fill(0)`, `np.copyto(a["0:2"], b)`) is followed to the variable under it,
                and no rule reports a write into a temporary view as such. In the 10k corpus that took the bodies
                that get a graph from 516 to 370, and ViewAnalyzers' allocations beyond the operation trees at 50k
                from 57 to 45 MB. The gate walks each body without allocating (a pre-order walk whose stack is kept
                per thread, checked against Roslyn's) and reuses its lists per thread: 39 MB. A property test builds
                the flow anyway for every body the gate skips, in every test source and a generated corpus, and
                checks that none has a fact any rule reports on.
              - Straight-line bodies get no control flow graph (2026-11-26): a body whose statements run one after the
                other, built only of operations a graph keeps as they are (declarations, assignments, calls, indexing,
                arithmetic, literals; no branch, loop, `?:`, `??`, `?.`, `&&`, pattern, `throw`, `try`, `using`, lambda,
                local function or initializer), with at most a closing return, is one block between the entry and the
                exit of its graph, and the flow layer builds its flow from the statements themselves (the same for the
                summaries of such methods). In the 10k corpus 298 of the 370 bodies the gate lets through are
                straight-line. A property test builds both flows of every straight-line body of the test sources and a
                generated corpus (491 bodies) and requires the same facts, values and answers. `--alloc` at 10k:
                ViewAnalyzers' allocations beyond the operation trees 9 → 6 MB; `--telemetry` at 10k, 11 rounds each,
                twice, interleaved with the code before: the median time inside ViewAnalyzers alone 51-52 → 34-37 ms,
                next to NumSharp's analyzer 51-57 → 37-43 ms (the least rounds, 29-40 → 29-33 ms, move less: what the
                change saves is mostly allocation, so collections).
              - The driver is not asked to check again, for each diagnostic, whether it lies in generated code (a
                check that walks a whole file the first time it has a diagnostic): the rules never run on generated
                code, and every diagnostic lies in the code being analyzed. A test keeps generated files and
                [GeneratedCode] types silent.
              - The forward pass keeps its states in a persistent trie whose joins and comparisons skip shared
                subtrees and revisits only blocks whose input changed; "read later" and "written again" are each one
                backward pass per method, over bitsets, or in long bodies over bits for the window of blocks each
                variable's set spans (full bitsets there grew with blocks times variables, with the square of the
                method's length). Library members are bound on first use; index types such as
                System.Range are matched by name, not looked up across every reference. The flow of a body is shared
                by the rules through a dictionary entry dropped by its last reader.
              - Very long bodies. Roslyn's control flow graph builder grows with the square of a body's length (it
                merges each empty local scope into its parent by removing it from a list as long as the body): on
                this machine, about 60 ms for a 5,000-line method, 400 ms for 20,000 lines and 1.8 s for 40,000
                (`--telemetry --long --sizes N` prints it). No analysis on top of it can be linear, so the flow rules
                skip bodies of more than 5,000 statements (about 6,000 lines of dense array code, far beyond
                hand-written methods; `view_analyzers.max_body_statements` changes it, 0 lifts it). The stress
                rows are judged as shipped, where the full-size long method (15,560 statements) and the 4,000-alias
                method (6,667) are over the limit and only scanned, and again with the limit lifted. There the
                verdict is on ViewAnalyzers' own work on top of the graphs, timed apart from them (since a69da75):
                OwnPhases in the harness (also `--phases --no-limit [--cold]`) runs, on operation trees made once, the
                gate over every body, the flows of the bodies it lets through, every write's "read later" and "written
                again" questions and the flow rules, and times each phase, least of 21 repetitions; Roslyn building
                the graphs is a phase of its own, not counted. Each phase starts from cold caches, after a walk
                through 128 MB: repeated, a body small enough for the processor's caches (here 1 MB of L2 per core,
                32 MB of L3 shared) stays in them from one repetition to the next and a large one does not, which no
                build does (each body is analyzed once, right after it is bound). The row shows the same repeated
                with warm caches too, and a yardstick timed both ways: a plain walk that counts every operation of
                the bodies, linear in the code by construction. With tiered compilation off (2026-11-27, `--phases
                --aliases --no-limit [--cold] --runs 20`), from 1,000 to 4,000 aliases (15,832 → 63,332 operations)
                the plain walk took 0.19 → 1.32 ms warm and 0.28 → 1.54 cold, 6.9 and 5.5 times for 4 times the
                operations, and ViewAnalyzers' phases 5.6 → 38 ms warm and 8.1 → 36 cold, 6.8 and 4.4 times. In the
                run in the table (in the benchmark's process, tiered compilation on, after every other corpus) the
                plain walk grew 0.9x per line cold and 1.2x warm, ViewAnalyzers' phases 1.3x cold and 1.7x warm (the
                flows alone 3.19 → 20.34 ms cold, 6.4 times: the forward pass and the questions do grow faster than
                this shape, below). So the 4,000-alias method is within the bound from cold caches and over it
                repeated with warm caches and in the driver's measure, and its status says so. The driver's measure
                was the verdict before a69da75 and is still shown: each round's time inside ViewAnalyzers less
                collections, minus the time the graph probe spends (less collections) building the graphs of the
                same code in the same round. It is the difference of two large, noisy numbers, and the graph probe
                builds every body's graph where ViewAnalyzers builds only those of the bodies its gate lets through
                (in these shapes, the one long method) plus the methods it summarizes, so it is close to, not
                exactly, the work of the flow and the rules. A profile of the
                4,000-alias method (2026-11-26, the same total lines as 1,000 aliases run four times more often) put
                the flows and the rules at 0.9-1.0 times the samples of the smaller shape and Roslyn's graph builder
                at 1.6 times (its region packing 3 times). The bench's measure of it is the noisiest of all: over 12
                rounds on 2026-11-26, ViewAnalyzers took 119-322 ms less collections on the 4,000-alias method and
                the graph probe 29-95 ms, so runs of the same day put the difference per line at 8.4 → 11.7 (within
                the bound) and 8.2 → 18.5 (over it). Where the flow layer's own time goes on it: `--own --aliases
                --sizes N` builds the flow of the one method from a graph made once and asks every write's "read later"
                and "written again" questions; its time at best of 120-300 repetitions grows 8-9 times from 1,000 to
                4,000 aliases (2.5-3.9 → 23-32 ms, 2026-11-26). Counted (with counters added for the measurement only),
                the forward pass makes exactly 4 times the block transfers (2,330 → 9,330), trie node copies
                (4,034 → 16,166) and events (6,000 → 24,000), yet in a profile at 4,000 aliases over half of its samples
                are the allocation of trie node copies and waiting for the collector: its cost per operation grows with
                the live state (every block's state is kept until the flow is done). The backward passes behind the two
                questions, a third of the samples there, do grow faster than the method: their work is the sum of the
                variables' live ranges in blocks, and in this shape every sixth statement reads a variable picked at
                random among all earlier ones, so most variables live to near the end of the method. Since 2646d79
                those passes go 64 variables at a time, one word per block over each group's window, blocks
                highest first: in a profile of 300 repetitions at 4,000 aliases their samples went 3,959 → 2,059, and
                `--own` at best of 60, three times each way interleaved, 25.8, 22.1, 25.6 → 18.3, 22.1, 20.9 ms (the
                20,000-line method: 80.8, 89.8, 66.5, 39.7 → 82.9, 79.2, 58.4, 48.0, within this machine's noise).
                A run of the benchmark on 4ae3c8b with only a 2k-line short-method corpus (so not written here; the
                stress rows are the same), right after: every stress row met, the no-limit many-aliases row at
                8.8 → 11.3 ms per 1k lines (1.3x), against 8.2 → 14.0 in the full run on bb4a736 before the grouped
                passes and 8.3 → 15.8 in the full run on e5be64d after them, 7.4 → 17.4 on 8d66962, 7.6 → 12.7 on
                9d2fa92, 3.7 → 7.0 on f285d45 (after the changes of 2026-11-27, which took more off the
                smaller shape than off the larger) and 3.7 → 7.6 in the table above (a69da75): in every full run, where
                the stress shapes come after the 200k-line corpora in the same process, it is over the bound. With `--phases --aliases --no-limit` and tiered
                compilation off (2026-11-27, before the last two of those changes), the flow layer's own phases (the
                gate, the flow, the questions, the rules) took 7.1-7.4 → 39-41 ms from 1,000 to 4,000 aliases, 5.5 times
                for 4 times the lines, and Roslyn building the one graph 6.0 → 54-56 ms, 9 times.
                Each phase of the flow timed apart (2026-11-26, `--own`, least of 100 repetitions each) grows faster
                than the method from 1,000 to 4,000 aliases (4 times the blocks, operations and events): the edges
                0.03 → 0.14 ms, the one walk over every operation that finds the variables the analysis does not
                follow 0.27 → 1.4-4.1, the events 0.45 → 2.4-4.2, the forward pass to its fixpoint 0.47 → 3.0-3.7 and
                its collecting pass 0.68 → 4.5-5.2, the questions 0.63 → 5.3. A plain walk that does the same work per
                operation taking 5 times as long for 4 times the operations points at the memory the larger method's
                operations, graph and states take rather than at the algorithms (this machine has no hardware counters to confirm it); the questions, over live ranges that grow with the method in this
                shape, grow most. Since the run on 8d66962 (all in the table above): 971e3c6 records each block's facts as
                the fixpoint transfers it instead of in a second pass over every block (`--own`, interleaved with the code
                before it: the 5,000-line method 21.2-22.0 → 18.8-19.0 ms, loops 12 deep 0.65 → 0.62, the aliases within
                the noise); c23b972 and 0855bd3 number each variable once per flow, so that the backward passes and the
                forward pass's slots index arrays instead of hashing symbols, and make a block's fact lists, a join's trie
                nodes and a block's event list only as they are needed (`--own`, least of 100, interleaved: 1,000 aliases
                2.24-2.42 → 1.83-1.96 ms and 2.01 → 1.70 MB allocated, 4,000 aliases 16.1-17.2 → 9.9-13.8 ms and
                8.03 → 7.16 MB, the 5,000-line method 18.8-19.0 → 17.0-18.0 ms). Inside the driver the same flow costs
                several times what `--own` measures on a graph made once: in a profile of the 4,000-alias method with no
                limit (2026-11-27, 21 compilations), ViewAnalyzers' samples were Roslyn building the graph 44%, the flow
                28% (about 78 ms a compilation, against 10-14 ms in `--own`; collections 42% of it and copying the forward
                pass's trie nodes 28%) and the rules 9%. Since then (9f6dade, in the table above) the flow numbers its
                variables by the symbol object first and by symbol equality only for an object not met before (a
                symbol's equality hash reads its declaring token and method, memory a long body's walk has left: 15% of
                the flow's samples in a no-limit profile of the 4,000-alias method, over half of the "read later"
                question's), and keeps each variable's assigned values by number: each phase from cold caches, twice
                each way interleaved, at 4,000 aliases the flows 26.2, 28.0 → 24.7, 23.7 ms, the questions 3.4, 3.9
                → 2.9, 2.8 and the rules 7.4, 7.6 → 6.8, 6.6.
              - Deep loops. The forward pass used to sweep all blocks in order until nothing changed: loops nested
                d deep took about d + 2 sweeps (each carried a change one loop further out), 7.3 transfers per block
                at 12 deep against 2.7 at 3 deep. It now always takes the lowest block whose input changed, so a back
                edge sends it straight back to its loop's head and an inner loop settles before the walk goes on:
                2.6 and 2.1 transfers per block, and half the allocations of the pass at 12 deep (a test checks that
                both orders reach the same state at every block of every test body and the corpus). Within one
                block's transfer, the state's trie nodes are copied once rather than once per assignment.
              - Summaries build their own graph of the summarized method. Sharing that graph and flow with the rules'
                own analysis of the same method was built and measured on the 50k corpus (2026-11-26): none of its
                648 summarized helpers is analyzed by the rules (their writes go into their parameters, which the
                gate skips), so nothing was shared and the change was dropped. A helper with no write the flow would
                see that returns nothing or a primitive (`Show(x)`, `Score(x)`) is summarized without a graph: it
                mutates no parameter and returns no view (a test checks that this agrees with the full summary for
                every method of the test sources and the corpus; the corpus's helpers all write or return a view, so
                the bench does not show it).
              - Interface tests and repeated searches (2026-11-27). A profile of ViewAnalyzers next to the SDK's
                analyzers at 50k lines put 7% of its samples in comparing parameter symbols: VA0004 asked whether a
                parameter is read later in a long block, and the scan through the block compared symbols; it compares
                the variables' numbers now. The hot loops (the gate, the walk that makes a flow's events, the
                straight-line check) tested each operation against up to 18 interfaces, each test a search of the
                operation's interface list; they now rule most operations out by their kind first (a test checks, over
                every operation of the test sources and the corpus, in bodies and in graphs, that each operation a
                switch takes has a kind its guard lets through). A declaration's value is asked for its conversions'
                operators only when a copy lies under them (Roslyn builds a conversion's whole description for that);
                a summary is looked up before its method's parameters are checked, without a closure. The rules' flows
                take their method from the driver instead of the semantic model; a straight-line body looks for
                variables passed by reference only when it has such an argument; and whether a write binds is asked of
                the flow, which searches its body once (a straight-line body while it is checked), where each rule
                searched each write and its view again (VA0005 and VA0006 every write). A property test compares the
                flow's answer with the operation's own for every write of every flow of the broken bodies, the test
                sources and the corpus. `--phases` times this work over the whole corpus on operation trees made once;
                under tiered compilation its least of 30 rounds was 15-17 ms in some processes and 40-54 in others for
                the same code (a profile showed the gate still in its unoptimized first compilation), so it is read
                with `DOTNET_TieredCompilation=0`, where it repeats within about 10%. On the 10k corpus, before these
                changes: gate 7.6-8.2 ms, flows 6.3-6.9, questions 0.6-1.0 (three processes); after: gate 6.6-7.1 ms, flows 5.1-5.7, questions 0.7-1.0 and rules 1.3-1.8 (three processes right after the full run on f285d45, when this machine was slower: Roslyn's graphs, code unchanged, took 2.7-3.4 ms against 2.0-2.5 two hours before; the commits give each change measured interleaved with the code before it).
                In profiles of it (200 rounds each), the rules' samples went 3,017 → 1,614, the searches for errors
                among them 1,339 → 347 (one per flow on a graph). After the run in the table (e763a5c), the gate asks
                each operation's kind once, counts a body's statements by adding up each block's as it meets the block
                instead of asking every operation for its parent, and looks for an alias only in the three kinds of
                operation that name a member: `--phases` at 50k, tiered compilation on, least of 40, twice each way
                interleaved, gate 26.4, 27.4 → 24.4, 24.4 ms.
              - What remains, in a profile of the 50k corpus with server GC (2026-11-26, after the gate changes above;
                the same 7 rounds took 2,313 samples inside ViewAnalyzers before them and 1,576 after): Roslyn
                building the control flow graphs 34% of the samples (much of it the runtime giving operations their
                identity hash codes, for the builder's and the driver's dictionaries), the flows 29%, the gate 19%
                (the summaries it asks for 8%), and collections, which land wherever an allocation triggers them, 41%
                spread through all of them; plus the binding and operation trees any operation-based analyzer makes
                the driver build, outside it. Before the gate changes the summaries were 3 MB of 57 (measured with them
                turned off), so a cheaper summary would not pay; a gate exit for bodies with no view, copy or alias
                anywhere left the corpus's allocations unchanged (333 MB with the trees, both ways) and was not kept.
                What the gate still lets through at 50k has a write into a view, selection, read-only view or alias;
                what keeps most of those silent is each rule's evidence (read after the write, a name that says copy),
                which needs the flow.
              The harness's modes for this, on the 10k-line corpus (or `--long`, `--aliases`, `--deep`; `--sizes N`):
              `--breakdown [--each]` (wall-clock of an operation-based analyzer's floor, of ViewAnalyzers and of each
              analyzer alone), `--telemetry` (time inside each analyzer, together and alone, ViewAnalyzers' also next to
              the SDK's analyzers, and in brackets less collections), `--alloc` (bytes allocated by each), `--gated` (the bodies the gate lets through,
              grouped by shape, and how many of each have a diagnostic), `--spread` (this machine's variation), `--cpu`
              (wall-clock next to CPU time, the garbage collector's apart), `--own` (the flow layer's own work on one
              method, its graph made once), `--phases [--no-limit] [--cold]` (the flow layer's own work over the whole corpus,
              phase by phase: a plain walk of every operation as a yardstick, the gate, Roslyn's graphs of the bodies
              it lets through, the flows, the questions, the rules; with `--cold` each phase from cold caches; read
              with `DOTNET_TieredCompilation=0`, above) and
              `--profile [--together | --with-sdk | --no-limit]` (for `dotnet-trace collect`, or `perf record` with
              `DOTNET_PerfMapEnabled=1`).
            - Where NumSharp is not referenced, every ViewAnalyzers analyzer returns at compilation start without
              registering anything.

            ## In your own build

            `dotnet build -p:ReportAnalyzer=true -v:d` prints the time spent in each analyzer; see the README.
            """;
    }
}
