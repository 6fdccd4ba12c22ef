using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Bench;

// Measures what ViewAnalyzers adds to compile time (binding + emit, in process, Roslyn 4.8) on generated code.
// Usage: dotnet run -c Release --project bench/ViewAnalyzers.Bench -- [--write] [--runs N] [--sizes 10000,50000,200000]
var write = args.Contains("--write");
int runs = ArgValue("--runs") is string r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
var sizes = (ArgValue("--sizes") ?? "10000,50000,200000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToList();
var numSharp = MetadataReference.CreateFromFile(typeof(NumSharp.NDArray).Assembly.Location);
var viewAnalyzers = typeof(ViewAnalyzers.Rules.ViewAnalyzerBase).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var numSharpAnalyzers = new AnalyzerFileReference(Path.Combine(AppContext.BaseDirectory, "NumSharpAnalyzer", "NumSharp.Build.Analyzer.dll"), new Loader())
    .GetAnalyzers(LanguageNames.CSharp);

// The analyzers every `dotnet build` of a .NET 5+ project runs (EnableNETAnalyzers is on by default): the .NET SDK's
// Microsoft.CodeAnalysis.NetAnalyzers, here as the .NET 8 SDK ships them (the SDK of the Roslyn floor), at its default
// analysis level. The command-line compiler skips an analyzer whose rules are all info or hidden (unless an error log is
// asked for), so only the analyzers with a rule on at warning or error are kept, as a build keeps them.
var sdkLevel = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "NetAnalyzers", "analysislevel_8_default.globalconfig"))
    .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^dotnet_diagnostic\.(\w+)\.severity\s*=\s*(\w+)"))
    .Where(m => m.Success)
    .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
bool AtWarning(DiagnosticDescriptor rule) => sdkLevel.TryGetValue(rule.Id, out var level)
    ? level is "warning" or "error"
    : rule.IsEnabledByDefault && rule.DefaultSeverity >= DiagnosticSeverity.Warning;
var sdkAnalyzers = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "NetAnalyzers"), "*.dll")
    .SelectMany(path => new AnalyzerFileReference(path, new Loader()).GetAnalyzers(LanguageNames.CSharp))
    .Where(analyzer => analyzer.SupportedDiagnostics.Any(AtWarning))
    .ToImmutableArray();

var empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
var graphProbe = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationBlockProbe(graphs: true));
var operationProbe = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationBlockProbe(graphs: false));
// ViewAnalyzers with no limit on the length of the bodies it analyzes (view_analyzers.max_body_statements = 0).
var noLimit = new Settings("view_analyzers.max_body_statements", "0");
// Diagnostic modes, on one corpus: N lines of short methods (--sizes N, default 10k), or --long (an N-line
// method), --aliases (N aliases in one method), --deep (160 methods with loops nested N deep).
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
List<SyntaxTree> Parse(IEnumerable<(string Name, string Text)> files) => files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: f.Name)).ToList();
Func<CSharpCompilation> Compiler(List<SyntaxTree> trees, IEnumerable<MetadataReference> refs) =>
    () => CSharpCompilation.Create("Bench", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
var probeCorpus = new Lazy<Func<CSharpCompilation>>(() => Compiler(
    Parse(args.Contains("--long") ? new List<(string, string)> { CorpusGenerator.LongMethod(sizes[0], withNumSharp: true) }
        : args.Contains("--aliases") ? new List<(string, string)> { CorpusGenerator.ManyAliases(sizes[0]) }
        : args.Contains("--deep") ? new List<(string, string)> { CorpusGenerator.DeepLoops(160, sizes[0]) }
        : CorpusGenerator.Generate(sizes[0], withNumSharp: true)),
    references.Append(numSharp)));

if (args.Contains("--gated"))
{
    // Which bodies the flow layer's gate lets through (so Roslyn builds their control flow graph), grouped by shape
    // (the body with numbers and spacing normalized), and how many of each have a ViewAnalyzers diagnostic: what a
    // cheaper gate would have to tell apart.
    var compilation = probeCorpus.Value();
    var diagnostics = compilation.WithAnalyzers(viewAnalyzers).GetAnalyzerDiagnosticsAsync().Result;
    var flows = ViewAnalyzers.Flow.FlowContext.For(compilation, ViewAnalyzers.Semantics.LibrarySemantics.For(compilation)!);
    var shapes = new Dictionary<string, (int Gated, int Reported)>();
    int bodies = 0;
    foreach (var tree in compilation.SyntaxTrees)
    {
        var model = compilation.GetSemanticModel(tree);
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax>())
        {
            if (model.GetOperation(method) is not { } body)
            {
                continue;
            }

            bodies++;
            if (!flows.NeedsFlow(body, ViewAnalyzers.Flow.FlowContext.DefaultMaxStatements))
            {
                continue;
            }

            bool reported = diagnostics.Any(d => d.Location.SourceTree == tree && method.Span.Contains(d.Location.SourceSpan));
            var shape = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(method.ToString(), "[0-9]+", "N"), "\\s+", " ");
            var (gated, withDiagnostic) = shapes.GetValueOrDefault(shape);
            shapes[shape] = (gated + 1, withDiagnostic + (reported ? 1 : 0));
        }
    }

    Console.WriteLine($"{shapes.Values.Sum(v => v.Gated)} of {bodies} bodies get a flow, {shapes.Values.Sum(v => v.Reported)} of them with a diagnostic");
    foreach (var (shape, counts) in shapes.OrderByDescending(p => p.Value.Gated))
    {
        Console.WriteLine($"{counts.Gated,6} with a flow, {counts.Reported,6} with a diagnostic: {shape}");
    }

    return;
}

if (args.Contains("--profile"))
{
    // Over and over, for a profiler: dotnet-trace collect -- <this> --profile. ViewAnalyzers alone, compiled
    // and emitted; or with --together, next to NumSharp's analyzer as --telemetry runs them; with --with-sdk, next
    // to the SDK's analyzers (a default .NET build); or with --no-limit, alone with no limit on body length.
    for (int round = 0; round <= runs; round++)
    {
        if (args.Contains("--together"))
        {
            var inside = Inside(probeCorpus.Value, numSharpAnalyzers.AddRange(viewAnalyzers));
            Console.WriteLine(FormattableString.Invariant($"inside ViewAnalyzers {inside["ViewAnalyzers"].Driver:F0} ms, inside NumSharp.Build.Analyzer {inside["NumSharp.Build.Analyzer"].Driver:F0} ms"));
        }
        else if (args.Contains("--with-sdk"))
        {
            Console.WriteLine(FormattableString.Invariant($"inside ViewAnalyzers next to the SDK's analyzers: {Inside(probeCorpus.Value, sdkAnalyzers.AddRange(viewAnalyzers))["ViewAnalyzers"].Driver:F0} ms"));
        }
        else if (args.Contains("--no-limit"))
        {
            Console.WriteLine(FormattableString.Invariant($"inside ViewAnalyzers with no body length limit: {Inside(probeCorpus.Value, viewAnalyzers, noLimit)["ViewAnalyzers"].Driver:F0} ms"));
        }
        else
        {
            Console.WriteLine($"ViewAnalyzers: {Measure(probeCorpus.Value, viewAnalyzers).Ms:F0} ms");
        }
    }

    return;
}

if (args.Contains("--spread"))
{
    // The same two configurations over and over: how much this machine's timings vary.
    for (int round = 0; round <= runs; round++)
    {
        var va = Measure(probeCorpus.Value, viewAnalyzers);
        Console.WriteLine($"empty analyzer: {Measure(probeCorpus.Value, empty).Ms:F0} ms   ViewAnalyzers: {va.Ms:F0} ms ({va.Count} diagnostics)");
    }

    return;
}

if (args.Contains("--cpu"))
{
    // Wall-clock next to the CPU time of the process's threads, split into the garbage collector's and the rest.
    var shapes = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
    {
        ("empty analyzer", empty),
        ("operation block action, no work", operationProbe),
        ("ViewAnalyzers", viewAnalyzers),
        ("NumSharp.Build.Analyzer", numSharpAnalyzers),
    };
    for (int round = 0; round <= runs; round++)
    {
        foreach (var (shapeName, analyzers) in shapes)
        {
            // Settled before the first reading, so that the collection that settles the heap is not counted.
            Settle();
            var before = ThreadCpu.Now();
            var once = MeasureSettled(probeCorpus.Value, analyzers);
            var after = ThreadCpu.Now();
            Console.WriteLine(FormattableString.Invariant($"{shapeName,-35} wall {once.Ms,7:F0} ms  cpu {(after.Total - before.Total) * 1000,7:F0} ms  gc {(after.Gc - before.Gc) * 1000,7:F0} ms  rest {(after.Total - after.Gc - before.Total + before.Gc) * 1000,7:F0} ms"));
        }
    }

    return;
}

if (args.Contains("--own"))
{
    // The flow layer's own work on the first method of the corpus, its graph built once: the flow, then every
    // write's "read later" and "written again" questions, as the rules ask them. The least of N repetitions.
    var compilation = probeCorpus.Value();
    var tree = compilation.SyntaxTrees.First();
    var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First();
    var body = (Microsoft.CodeAnalysis.Operations.IMethodBodyOperation)compilation.GetSemanticModel(tree).GetOperation(method)!;
    var graph = Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph.Create(body);
    var flows = ViewAnalyzers.Flow.FlowContext.For(compilation, ViewAnalyzers.Semantics.LibrarySemantics.For(compilation)!);
    double best = double.MaxValue;
    int answers = 0;
    long allocated = 0;
    for (int round = 0; round < runs; round++)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var flow = ViewAnalyzers.Flow.MethodFlow.Build(graph, flows);
        answers = 0;
        foreach (var fact in flow.Writes)
        {
            if (fact.Chain.Holder is { } holder)
            {
                answers += (flow.IsReadAfter(holder, fact.Point) ? 1 : 0) + (flow.IsWrittenAgainAfter(holder, fact.Point) ? 1 : 0);
            }
        }

        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    }

    Console.WriteLine(FormattableString.Invariant($"{graph.Blocks.Length} blocks: flow and questions {best:F2} ms at best ({answers} yes answers), {allocated / 1024.0 / 1024.0:F2} MB allocated per repetition"));
    return;
}

if (args.Contains("--phases"))
{
    // The flow layer's own work over the whole corpus, phase by phase (OwnPhases). With --no-limit, no body is too
    // long; with --cold, each phase starts from cold caches.
    Console.WriteLine(OwnPhases.Measure(probeCorpus.Value, viewAnalyzers, args.Contains("--no-limit"), args.Contains("--cold"), runs));
    return;
}

if (args.Contains("--telemetry"))
{
    // Time inside each analyzer's callbacks, as the driver measures it (what ReportAnalyzer shows in a build).
    for (int round = 0; round < runs; round++)
    {
        var inside = Inside(probeCorpus.Value, numSharpAnalyzers.AddRange(viewAnalyzers));
        var alone = Inside(probeCorpus.Value, viewAnalyzers)["ViewAnalyzers"];
        var ndwAlone = Inside(probeCorpus.Value, numSharpAnalyzers)["NumSharp.Build.Analyzer"];
        var graphs = Inside(probeCorpus.Value, graphProbe)["graphs"];
        var unlimited = Inside(probeCorpus.Value, viewAnalyzers, noLimit)["ViewAnalyzers"];
        var withSdk = Inside(probeCorpus.Value, sdkAnalyzers.AddRange(viewAnalyzers))["ViewAnalyzers"];
        // Driver-measured, then (in brackets) less the garbage collections during the callbacks.
        Console.WriteLine($"together: inside ViewAnalyzers {inside["ViewAnalyzers"]} ms, inside NumSharp.Build.Analyzer {inside["NumSharp.Build.Analyzer"]} ms; each alone: {alone} ms, {ndwAlone} ms; Roslyn building every body's graph: {graphs} ms; ViewAnalyzers alone with no body length limit: {unlimited} ms; ViewAnalyzers next to the SDK's analyzers: {withSdk} ms");
    }

    return;
}

if (args.Contains("--alloc"))
{
    // Bytes allocated while the analyzers run (nearly the same from run to run, unlike time): each family alone.
    var families = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
    {
        ("empty analyzer", empty),
        ("operation block action, no work", operationProbe),
        ("operation block action + control flow graph", graphProbe),
        ("ViewAnalyzers", viewAnalyzers),
        ("ViewAnalyzers next to the graph probe", graphProbe.AddRange(viewAnalyzers)),
        ("NumSharp.Build.Analyzer", numSharpAnalyzers),
        ("the .NET SDK's analyzers", sdkAnalyzers),
    };
    Console.WriteLine($"the .NET SDK's analyzers with a rule at warning: {string.Join(", ", sdkAnalyzers.Select(a => a.GetType().Name))}");
    for (int round = 0; round < runs; round++)
    {
        Console.WriteLine(string.Join("; ", families.Select(f => FormattableString.Invariant($"{f.Name}: {Allocated(probeCorpus.Value, f.Analyzers) / 1e6:F0} MB"))));
    }

    return;
}

if (args.Contains("--breakdown"))
{
    // Wall-clock of what an operation-based analyzer costs at all (IOperation trees, control flow graphs),
    // next to ViewAnalyzers, NumSharp's analyzer, and (with --each) each ViewAnalyzers analyzer alone.
    var shapes = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
    {
        ("empty analyzer", empty),
        ("operation block action, no work", operationProbe),
        ("operation block action + control flow graph", graphProbe),
        ("ViewAnalyzers", viewAnalyzers),
        ("NumSharp.Build.Analyzer", numSharpAnalyzers),
        ("NumSharp.Build.Analyzer + ViewAnalyzers", numSharpAnalyzers.AddRange(viewAnalyzers)),
        ("the .NET SDK's analyzers", sdkAnalyzers),
        ("the .NET SDK's analyzers + ViewAnalyzers", sdkAnalyzers.AddRange(viewAnalyzers)),
    };
    if (args.Contains("--each"))
    {
        shapes.AddRange(viewAnalyzers.Select(a => (a.GetType().Name, ImmutableArray.Create(a))));
    }

    var timings = shapes.Select(_ => new List<double>()).ToList();
    for (int round = 0; round <= runs; round++)
    {
        for (int i = 0; i < shapes.Count; i++)
        {
            var once = Measure(probeCorpus.Value, shapes[i].Analyzers);
            if (round > 0)
            {
                timings[i].Add(once.Ms);
            }
        }
    }

    for (int i = 0; i < shapes.Count; i++)
    {
        Console.WriteLine($"{shapes[i].Name,-50} {timings[i].OrderBy(v => v).ElementAt(timings[i].Count / 2),8:F0} ms");
    }

    return;
}

var report = new StringBuilder();
report.AppendLine("| corpus | lines | no analyzers (ms) | driver baseline: an empty analyzer (ms) | + ViewAnalyzers (ms) | added | + NumSharp.Build.Analyzer (ms) | added | NumSharp.Build.Analyzer + ViewAnalyzers (ms) | ViewAnalyzers adds to a NumSharp build | time inside ViewAnalyzers, together (ms [less collections]) | time inside NumSharp.Build.Analyzer, together (ms [less collections]) | time inside ViewAnalyzers, alone (ms [less collections]) | time inside NumSharp.Build.Analyzer, alone (ms [less collections]) | allocated by the analysis, operation trees only (MB) | allocated by ViewAnalyzers beyond them (MB; without NumSharp, all it allocates) | allocated by NumSharp.Build.Analyzer beyond them (MB) | ViewAnalyzers diagnostics |");
report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

var results = new List<Result>();
var corpora = new List<(string Name, List<(string, string)> Files, bool NumSharp, string? Stress)>();
foreach (var size in sizes)
{
    corpora.Add(($"NumSharp code, {size / 1000}k lines", CorpusGenerator.Generate(size, withNumSharp: true), true, null));
}

// Stress shapes, each at a quarter size and at full size: their cost must grow linearly with the size (left out
// with --no-stress, for a quick look at the short-method corpora).
if (!args.Contains("--no-stress"))
{
    corpora.Add(("NumSharp code, one 5,000-line method", new List<(string, string)> { CorpusGenerator.LongMethod(5000, withNumSharp: true) }, true, "one long method"));
    corpora.Add(("NumSharp code, one 20,000-line method", new List<(string, string)> { CorpusGenerator.LongMethod(20000, withNumSharp: true) }, true, "one long method"));
    corpora.Add(("NumSharp code, loops nested 3 deep", new List<(string, string)> { CorpusGenerator.DeepLoops(160, 3) }, true, "deep loops"));
    corpora.Add(("NumSharp code, loops nested 12 deep", new List<(string, string)> { CorpusGenerator.DeepLoops(160, 12) }, true, "deep loops"));
    corpora.Add(("NumSharp code, 1,000 aliases in one method", new List<(string, string)> { CorpusGenerator.ManyAliases(1000) }, true, "many aliases"));
    corpora.Add(("NumSharp code, 4,000 aliases in one method", new List<(string, string)> { CorpusGenerator.ManyAliases(4000) }, true, "many aliases"));
}

corpora.Add(($"no NumSharp, {sizes[^1] / 1000}k lines", CorpusGenerator.Generate(sizes[^1], withNumSharp: false), false, null));

foreach (var (name, files, usesNumSharp, stress) in corpora)
{
    int lines = files.Sum(f => CorpusGenerator.CountLines(f.Item2));
    var Fresh = Compiler(Parse(files), usesNumSharp ? references.Append(numSharp) : references);

    var errors = Fresh().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    if (errors > 0)
    {
        throw new InvalidOperationException($"the generated corpus '{name}' does not compile ({errors} errors)");
    }

    // Configurations interleaved run by run, so that drift in the machine's speed hits all of them alike;
    // two warm-up rounds, then the median of N rounds.
    var configurations = new List<ImmutableArray<DiagnosticAnalyzer>> { ImmutableArray<DiagnosticAnalyzer>.Empty, empty, viewAnalyzers };
    // A NumSharp project's build already runs NumSharp's analyzer (it ships in the package): ViewAnalyzers is timed
    // next to it; without NumSharp, alone.
    var together = usesNumSharp ? numSharpAnalyzers.AddRange(viewAnalyzers) : viewAnalyzers;
    if (usesNumSharp)
    {
        configurations.Add(numSharpAnalyzers);
        configurations.Add(together);
    }

    // The short-method corpora also in a default .NET build (the SDK's analyzers run, NumSharp's analyzer turned off),
    // and with an operation block action that does nothing: what any operation-based analyzer costs alone.
    bool defaultBuild = usesNumSharp && stress is null;
    if (defaultBuild)
    {
        configurations.Add(operationProbe);
        configurations.Add(sdkAnalyzers);
        configurations.Add(sdkAnalyzers.AddRange(viewAnalyzers));
    }

    var samples = configurations.Select(_ => new List<double>()).ToList();
    var insideViewAnalyzers = new List<Timing>();
    var insideNumSharpAnalyzer = new List<Timing>();
    var aloneViewAnalyzers = new List<Timing>();
    var aloneNumSharpAnalyzer = new List<Timing>();
    var graphBuilding = new List<Timing>();
    var aloneNoLimit = new List<Timing>();
    var beyondGraphs = new List<double>();
    var insideWithSdk = new List<Timing>();
    int vaDiagnostics = 0;
    const int warmUps = 2;
    for (int round = 0; round < runs + warmUps; round++)
    {
        for (int c = 0; c < configurations.Count; c++)
        {
            var once = Measure(Fresh, configurations[c]);
            if (round >= warmUps)
            {
                samples[c].Add(once.Ms);
            }

            if (c == 2)
            {
                vaDiagnostics = once.Count;
            }
        }
    }

    // Time inside each analyzer (the driver's measure, and the same less collections), N rounds (at least 21 for the stress shapes, whose verdicts
    // compare two small corpora): both families together, as a NumSharp build runs them, and each alone (garbage
    // collections land in whichever callback allocates, so the two differ). For the stress shapes, also the time
    // Roslyn takes to build the graph of every body, asked for by a probe that does nothing else.
    for (int round = 0; round < (stress is null ? runs : Math.Max(runs, 21)); round++)
    {
        var inside = Inside(Fresh, together);
        insideViewAnalyzers.Add(inside["ViewAnalyzers"]);
        insideNumSharpAnalyzer.Add(inside["NumSharp.Build.Analyzer"]);
        if (usesNumSharp)
        {
            aloneViewAnalyzers.Add(Inside(Fresh, viewAnalyzers)["ViewAnalyzers"]);
            aloneNumSharpAnalyzer.Add(Inside(Fresh, numSharpAnalyzers)["NumSharp.Build.Analyzer"]);
        }

        if (defaultBuild)
        {
            insideWithSdk.Add(Inside(Fresh, configurations[7])["ViewAnalyzers"]);
        }

        if (stress is not null)
        {
            var graphsOnce = Inside(Fresh, graphProbe)["graphs"];
            var noLimitOnce = Inside(Fresh, viewAnalyzers, noLimit)["ViewAnalyzers"];
            graphBuilding.Add(graphsOnce);
            aloneNoLimit.Add(noLimitOnce);
            beyondGraphs.Add(noLimitOnce.WithoutCollections - graphsOnce.WithoutCollections);
        }
    }

    double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
    double none = Median(samples[0]);
    double baseline = Median(samples[1]);
    double withVa = Median(samples[2]);
    double? withNdw = usesNumSharp ? Median(samples[3]) : null;
    double? withBoth = usesNumSharp ? Median(samples[4]) : null;

    Timing MedianTiming(List<Timing> values) => new(Median(values.Select(v => v.Driver).ToList()), Median(values.Select(v => v.WithoutCollections).ToList()));
    Timing vaInside = MedianTiming(insideViewAnalyzers);
    Timing? ndwInside = usesNumSharp ? MedianTiming(insideNumSharpAnalyzer) : null;
    Timing? vaAlone = usesNumSharp ? MedianTiming(aloneViewAnalyzers) : null;
    Timing? ndwAlone = usesNumSharp ? MedianTiming(aloneNumSharpAnalyzer) : null;

    // What each configuration adds, as the median of each round's ratio to the baseline measured in the same round:
    // paired, so that drift between rounds cancels.
    // Each wall-clock verdict keeps its rounds' median and range.
    Spread Rounds(List<double> values) => new(Median(values), values.Min(), values.Max());
    Spread Paired(List<double> with, List<double> over) => Rounds(with.Zip(over, (w, o) => (w - o) / o).ToList());
    double? ndwAdded = usesNumSharp ? Paired(samples[3], samples[1]).Median : null;
    var inDefaultBuild = defaultBuild
        ? new DefaultBuild(Median(samples[6]), Median(samples[7]), Paired(samples[5], samples[1]).Median, Paired(samples[6], samples[1]).Median, Paired(samples[7], samples[6]), MedianTiming(insideWithSdk))
        : null;

    // The rounds of each wall-clock verdict, and ViewAnalyzers' share of each compilation.
    var wallClock = new WallClock(
        Paired(samples[2], samples[1]),
        usesNumSharp ? Paired(samples[4], samples[3]) : null,
        usesNumSharp ? Rounds(samples[2].Select((va, i) => (va - samples[3][i]) / samples[1][i]).ToList()) : null,
        vaAlone is { } a ? a.Driver / withVa : null,
        withBoth is double both ? vaInside.Driver / both : null);
    double added = wallClock.Added.Median;
    double? addedToNdw = wallClock.AddedToNumSharpBuild?.Median;

    // Bytes allocated while the analyzers run, each family alone (nearly the same from run to run, unlike time):
    // the operation trees the driver builds for any operation-based analyzer, and what each analyzer adds to them.
    // Without NumSharp, ViewAnalyzers registers nothing and the driver builds no trees for it: its own bytes.
    double treesMb = Allocated(Fresh, operationProbe) / 1e6;
    double vaMb = Allocated(Fresh, viewAnalyzers) / 1e6 - (usesNumSharp ? treesMb : 0);
    double? ndwMb = usesNumSharp ? Allocated(Fresh, numSharpAnalyzers) / 1e6 - treesMb : null;

    Timing? graphs = stress is null ? null : MedianTiming(graphBuilding);
    Timing? unlimited = stress is null ? null : MedianTiming(aloneNoLimit);
    double? unlimitedBeyondGraphs = stress is null ? null : Median(beyondGraphs);
    // For the stress shapes with no limit, ViewAnalyzers' own work timed apart from Roslyn's graphs, phase by phase
    // (OwnPhases): each phase from cold caches, and repeated with the caches as the repetition before left them.
    PhaseTimes? ownCold = null, ownWarm = null;
    if (stress is not null)
    {
        ownCold = OwnPhases.Measure(Fresh, viewAnalyzers, noLimit: true, cold: true, Math.Max(runs, 21));
        ownWarm = OwnPhases.Measure(Fresh, viewAnalyzers, noLimit: true, cold: false, Math.Max(runs, 21));
        Console.WriteLine($"{name}, no limit, cold: {ownCold}");
        Console.WriteLine($"{name}, no limit, warm: {ownWarm}");
    }

    results.Add(new Result(name, lines, usesNumSharp, stress, baseline, withVa, withNdw, withBoth, vaInside, ndwInside, vaAlone, ndwAlone, graphs, unlimited, unlimitedBeyondGraphs, ownCold, ownWarm, ndwAdded, vaMb, ndwMb, inDefaultBuild, wallClock));

    string Percent(double? ratio) => ratio is double v ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:+0.0;-0.0}%") : "-";
    string Ms(double? ms) => ms is double v ? v.ToString("F0", CultureInfo.InvariantCulture) : "-";
    string Both(Timing? timing) => timing?.ToString() ?? "-";
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {lines:N0} | {none:F0} | {baseline:F0} | {withVa:F0} | {Percent(added)} | {Ms(withNdw)} | {Percent(ndwAdded)} | {Ms(withBoth)} | {Percent(addedToNdw)} | {Both(vaInside)} | {Both(ndwInside)} | {Both(vaAlone)} | {Both(ndwAlone)} | {treesMb:F0} | {vaMb:F0} | {Ms(ndwMb)} | {vaDiagnostics} |"));
    Console.WriteLine(report.ToString().Split('\n').Where(l => l.Length > 0).Last());
}

report.AppendLine();
report.AppendLine("In a default .NET build: the .NET SDK's analyzers run in every build of a .NET 5+ project, NumSharp's analyzer turned off (same rounds as above).");
report.AppendLine();
report.AppendLine("| corpus | lines | an operation block action that does nothing: added over the empty analyzer | ViewAnalyzers alone: added over the empty analyzer | + the .NET SDK's analyzers (ms) | added over the empty analyzer | the .NET SDK's analyzers + ViewAnalyzers (ms) | ViewAnalyzers adds to a default .NET build | time inside ViewAnalyzers there (ms [less collections]) | its share of that build |");
report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var result in results.Where(r => r.InDefaultBuild is not null))
{
    var d = result.InDefaultBuild!;
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {result.Name} | {result.Lines:N0} | {d.FloorAdded * 100:+0.0;-0.0}% | {result.Added * 100:+0.0;-0.0}% | {d.WithSdk:F0} | {d.SdkAdded * 100:+0.0;-0.0}% | {d.WithSdkAndViewAnalyzers:F0} | {d.AddedToSdkBuild * 100:+0.0;-0.0}% | {d.InsideViewAnalyzers} | {d.Share * 100:0.0}% |"));
}

report.AppendLine();
report.AppendLine(Targets.Render(results));
var machine = $"{RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(Compilation).Assembly.GetName().Version}";
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine(machine);
if (write)
{
    var path = Path.Combine(FindRepoRoot(), "docs", "performance.md");
    File.WriteAllText(path, PerformanceDoc.Render(report.ToString(), machine, runs));
    Console.WriteLine("wrote " + path);
}

// One fresh compilation, from a collected heap: compiler diagnostics and analyzer diagnostics (as a build
// reports them), then emit.
(double Ms, int Count) Measure(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    Settle();
    return MeasureSettled(fresh, analyzers);
}

// The same, on a heap the caller has just collected.
(double Ms, int Count) MeasureSettled(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    var watch = Stopwatch.StartNew();
    var compilation = fresh();
    int diagnostics = 0;
    if (analyzers.IsEmpty)
    {
        compilation.GetDiagnostics();
    }
    else
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, Settings.MSBuild), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var found = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        diagnostics = found.Count(d => d.Id.StartsWith("VA", StringComparison.Ordinal));
    }

    using (var stream = new MemoryStream())
    {
        compilation.Emit(stream);
    }

    return (watch.Elapsed.TotalMilliseconds, diagnostics);
}

// Every timed run starts from a collected, compacted heap: garbage left by the previous run would otherwise be
// collected during this one, inside whichever callback happens to allocate.
static void Settle()
{
    System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
}

Dictionary<string, Timing> Inside(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerConfigOptionsProvider? settings = null)
{
    // A build binds its references (and creates the source assembly) before its analyzers start: source generators
    // and declaration diagnostics come first. Done here too, so that this one-off cost is not charged to whichever
    // analyzer happens to ask for a symbol first.
    var compilation = fresh();
    _ = compilation.Assembly;
    Settle();
    var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, settings ?? Settings.MSBuild);
    // Each analyzer runs inside a wrapper that also times its callbacks less the collections during them (TimedAnalyzer).
    var meters = new Dictionary<string, Meter> { ["ViewAnalyzers"] = new(), ["NumSharp.Build.Analyzer"] = new(), ["graphs"] = new() };
    string Family(DiagnosticAnalyzer analyzer) => viewAnalyzers.Contains(analyzer) ? "ViewAnalyzers" : analyzer is OperationBlockProbe ? "graphs" : "NumSharp.Build.Analyzer";
    var timed = analyzers.Select(a => new TimedAnalyzer(a, meters[Family(a)])).ToImmutableArray<DiagnosticAnalyzer>();
    var withAnalyzers = compilation.WithAnalyzers(timed, new CompilationWithAnalyzersOptions(options, OnAnalyzerException, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    var driver = meters.Keys.ToDictionary(family => family, _ => 0.0);
    foreach (TimedAnalyzer analyzer in timed)
    {
        driver[Family(analyzer.Inner)] += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
    }

    return meters.ToDictionary(m => m.Key, m => new Timing(driver[m.Key], m.Value.MillisecondsWithoutCollections));
}

// An analyzer that throws would make every number of the run meaningless.
static void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic) =>
    throw new InvalidOperationException($"{analyzer} threw: {diagnostic}", exception);

// Bytes allocated on all threads while the analyzers of one fresh compilation run (its binding done first): the least
// of three runs. The count is the same from run to run, except that under server GC the runtime's total now and then
// jumps by gigabytes within one run (seen on 2026-11-26: 3.4 GB and 90 GB more than the same run a moment before).
long Allocated(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
    Math.Min(AllocatedOnce(fresh, analyzers), Math.Min(AllocatedOnce(fresh, analyzers), AllocatedOnce(fresh, analyzers)));

long AllocatedOnce(Func<CSharpCompilation> fresh, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    var compilation = fresh();
    compilation.GetDiagnostics();
    Settle();
    long before = GC.GetTotalAllocatedBytes(precise: true);
    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, Settings.MSBuild), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    return GC.GetTotalAllocatedBytes(precise: true) - before;
}

string? ArgValue(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ViewAnalyzers.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}

/// <param name="NumSharpAdded">What NumSharp's analyzer adds over the driver baseline (median of the rounds' paired ratios).</param>
/// <param name="AllocatedViewAnalyzers">Megabytes ViewAnalyzers allocates beyond the operation trees, alone.</param>
/// <param name="AllocatedNumSharpAnalyzer">Megabytes NumSharp's analyzer allocates beyond the operation trees, alone.</param>
/// <param name="Driver">Time inside the analyzer's callbacks as the driver measures it (what ReportAnalyzer shows), ms.</param>
/// <param name="WithoutCollections">The same less the garbage collections that happened during the callbacks, ms.</param>
internal readonly record struct Timing(double Driver, double WithoutCollections)
{
    /// <summary>"driver [less collections]", in whole milliseconds, as the table and --telemetry show it.</summary>
    public override string ToString() => FormattableString.Invariant($"{Driver:F0} [{WithoutCollections:F0}]");
}

internal sealed record Result(string Name, int Lines, bool UsesNumSharp, string? Stress, double Baseline, double WithViewAnalyzers, double? WithNumSharpAnalyzer, double? WithBoth, Timing InsideViewAnalyzers, Timing? InsideNumSharpAnalyzer, Timing? AloneViewAnalyzers, Timing? AloneNumSharpAnalyzer, Timing? GraphBuilding, Timing? AloneNoLimit, double? NoLimitBeyondGraphs, PhaseTimes? OwnCold, PhaseTimes? OwnWarm, double? NumSharpAdded, double AllocatedViewAnalyzers, double? AllocatedNumSharpAnalyzer, DefaultBuild? InDefaultBuild, WallClock Rounds)
{
    /// <summary>What ViewAnalyzers adds over the driver baseline (median of the rounds' paired ratios).</summary>
    public double Added => Rounds.Added.Median;

    /// <summary>What ViewAnalyzers adds to a build that already runs NumSharp's analyzer (the same way).</summary>
    public double? AddedToNumSharpBuild => Rounds.AddedToNumSharpBuild?.Median;

    /// <summary>Time inside ViewAnalyzers' callbacks per 1k lines (the driver's own measure, without the shared binding and operation trees).</summary>
    public double InsideMsPerKLine => InsideViewAnalyzers.Driver / Lines * 1000;

    /// <summary>Roslyn building the control flow graph of every body, per 1k lines (stress shapes only).</summary>
    public double? GraphsMsPerKLine => GraphBuilding?.WithoutCollections / Lines * 1000;

    /// <summary>Time inside ViewAnalyzers alone with no limit on body length, per 1k lines (stress shapes only).</summary>
    public double? NoLimitMsPerKLine => AloneNoLimit?.Driver / Lines * 1000;

    /// <summary>The same less collections, per 1k lines.</summary>
    public double? NoLimitWithoutCollectionsMsPerKLine => AloneNoLimit?.WithoutCollections / Lines * 1000;

    /// <summary>
    /// ViewAnalyzers' own work on top of Roslyn's graphs with no limit on body length, per 1k lines: each round's time
    /// inside it less collections, minus the graph probe's in the same round (median of the rounds).
    /// </summary>
    public double? BeyondGraphsMsPerKLine => NoLimitBeyondGraphs / Lines * 1000;

    /// <summary>ViewAnalyzers' own work with no limit (the gate, the flows, the questions, the rules), each phase from cold caches, per 1k lines.</summary>
    public double? OwnColdMsPerKLine => OwnCold?.Own / Lines * 1000;

    /// <summary>The same repeated with warm caches, per 1k lines.</summary>
    public double? OwnWarmMsPerKLine => OwnWarm?.Own / Lines * 1000;

    /// <summary>Time inside ViewAnalyzers alone, per 1k lines.</summary>
    public double? AloneMsPerKLine => AloneViewAnalyzers?.Driver / Lines * 1000;
}

/// <summary>A short-method NumSharp corpus in a default .NET build (the SDK's analyzers, no NumSharp analyzer), wall-clock.</summary>
/// <param name="WithSdk">The SDK's analyzers alone, ms (median).</param>
/// <param name="WithSdkAndViewAnalyzers">The SDK's analyzers and ViewAnalyzers, ms (median).</param>
/// <param name="FloorAdded">What an operation block action that does nothing adds over the empty analyzer (median of paired ratios).</param>
/// <param name="SdkAdded">What the SDK's analyzers add over the empty analyzer (the same way).</param>
/// <param name="AddedToSdkBuildRounds">What ViewAnalyzers adds to the SDK's analyzers, per round (paired).</param>
/// <param name="InsideViewAnalyzers">The time inside ViewAnalyzers next to the SDK's analyzers, driver-measured and less collections, ms (medians of the time-inside rounds).</param>
internal sealed record DefaultBuild(double WithSdk, double WithSdkAndViewAnalyzers, double FloorAdded, double SdkAdded, Spread AddedToSdkBuildRounds, Timing InsideViewAnalyzers)
{
    /// <summary>ViewAnalyzers' share of a default .NET build: the time inside it (driver-measured) over the compilation's wall-clock with both (median).</summary>
    public double Share => InsideViewAnalyzers.Driver / WithSdkAndViewAnalyzers;

    /// <summary>What ViewAnalyzers adds to the SDK's analyzers (median of the rounds' paired ratios).</summary>
    public double AddedToSdkBuild => AddedToSdkBuildRounds.Median;
}

/// <summary>A measure taken once per round: the median of the rounds, and their least and greatest.</summary>
internal readonly record struct Spread(double Median, double Low, double High)
{
    /// <summary>"+1.2% (rounds -3.0% to +8.1%)".</summary>
    public string Percent() => FormattableString.Invariant($"{Median * 100:+0.0;-0.0}% (rounds {Low * 100:+0.0;-0.0}% to {High * 100:+0.0;-0.0}%)");

    /// <summary>
    /// The verdict on "under <paramref name="bound"/>" that these rounds can give: met when every round is under it,
    /// not met when none is, and otherwise not settled by this run (on this machine one compilation's wall-clock
    /// moves by more than the differences judged).
    /// </summary>
    public string Under(double bound) => Under(new[] { this }, bound);

    /// <summary>The same over several corpora: met when every round of every one is under the bound, not met when some corpus has no round under it.</summary>
    public static string Under(IEnumerable<Spread> spreads, double bound) =>
        spreads.All(s => s.High < bound) ? "met" : spreads.Any(s => s.Low >= bound) ? "**not met**" : "not settled by this run (its rounds fall on both sides)";
}

/// <summary>The rounds behind the wall-clock verdicts of one corpus, and ViewAnalyzers' share of each compilation.</summary>
/// <param name="Added">ViewAnalyzers alone over the empty analyzer, per round (paired).</param>
/// <param name="AddedToNumSharpBuild">NumSharp's analyzer + ViewAnalyzers over NumSharp's analyzer, per round.</param>
/// <param name="MinusNumSharp">What ViewAnalyzers alone adds less what NumSharp's analyzer alone adds, per round (over the same baseline).</param>
/// <param name="ShareAlone">The time inside ViewAnalyzers alone (median of the time-inside rounds) over the compilation's wall-clock with ViewAnalyzers alone (median).</param>
/// <param name="ShareInNumSharpBuild">The same with NumSharp's analyzer and ViewAnalyzers: what ViewAnalyzers adds to a NumSharp build, as the driver measures it.</param>
internal sealed record WallClock(Spread Added, Spread? AddedToNumSharpBuild, Spread? MinusNumSharp, double? ShareAlone, double? ShareInNumSharpBuild);

/// <summary>The issue's targets, judged from the numbers of this run.</summary>
internal static class Targets
{
    public static string Render(List<Result> results)
    {
        var largest = results.Where(r => r.UsesNumSharp && r.Stress is null).OrderBy(r => r.Lines).Last();
        var shortMethods = results.Where(r => r.UsesNumSharp && r.Stress is null).ToList();
        var plain = results.FirstOrDefault(r => !r.UsesNumSharp);
        string Met(bool ok) => ok ? "met" : "**not met**";
        // Judged on the largest corpus, as the wall-clock rows are; every size shown.
        string Share(string build, Func<Result, double?> share) =>
            $"| adds less than 5% on the NumSharp corpus, {build}: time inside ViewAnalyzers (the driver's measure, what ReportAnalyzer shows) as a share of the compilation's wall-clock with it | "
            + string.Join(", ", shortMethods.Select(r => FormattableString.Invariant($"{r.Lines / 1000}k: {share(r) * 100:0.0}%")))
            + $" | {Met(share(largest) < 0.05)} |";
        string Compare(string measure, Func<Result, double?> ours, Func<Result, double?> theirs, string unit) =>
            $"| costs less than NumSharp's own analyzer: {measure} | "
            + string.Join(", ", shortMethods.Select(r => FormattableString.Invariant($"{r.Lines / 1000}k: {ours(r):F0} {unit} vs {theirs(r):F0} {unit}")))
            + $" | {Met(shortMethods.All(r => ours(r) < theirs(r)))} |";
        var lines = new List<string>
        {
            "| target | this run | status |",
            "|---|---|---|",
            Share("in a NumSharp build (NumSharp's analyzer already runs)", r => r.Rounds.ShareInNumSharpBuild),
            Share("in a default .NET build (the .NET SDK's analyzers already run; NumSharp's analyzer turned off)", r => r.InDefaultBuild?.Share),
            string.Create(CultureInfo.InvariantCulture, $"| adds less than 5% on the NumSharp corpus, in a NumSharp build: wall-clock | {largest.Rounds.AddedToNumSharpBuild?.Percent()} at {largest.Lines / 1000}k lines | {largest.Rounds.AddedToNumSharpBuild?.Under(0.05)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| adds less than 5% on the NumSharp corpus, in a default .NET build: wall-clock | {largest.InDefaultBuild?.AddedToSdkBuildRounds.Percent()} at {largest.Lines / 1000}k lines | {largest.InDefaultBuild?.AddedToSdkBuildRounds.Under(0.05)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| adds less than 5% on the NumSharp corpus, alone (over an empty analyzer): wall-clock | {largest.Rounds.Added.Percent()} at {largest.Lines / 1000}k lines (an operation block action that does nothing: {largest.InDefaultBuild?.FloorAdded * 100:+0.0;-0.0}%; time inside ViewAnalyzers {largest.Rounds.ShareAlone * 100:0.0}% of the compilation) | {largest.Rounds.Added.Under(0.05)} |"),
            Compare("time inside each (driver-measured), both in one build", r => r.InsideViewAnalyzers.Driver, r => r.InsideNumSharpAnalyzer?.Driver, "ms"),
            Compare("time inside each (driver-measured), each alone", r => r.AloneViewAnalyzers?.Driver, r => r.AloneNumSharpAnalyzer?.Driver, "ms"),
            Compare("time inside each less the garbage collections during it, both in one build", r => r.InsideViewAnalyzers.WithoutCollections, r => r.InsideNumSharpAnalyzer?.WithoutCollections, "ms"),
            Compare("time inside each less the garbage collections during it, each alone", r => r.AloneViewAnalyzers?.WithoutCollections, r => r.AloneNumSharpAnalyzer?.WithoutCollections, "ms"),
            Compare("bytes allocated beyond the operation trees, each alone", r => r.AllocatedViewAnalyzers, r => r.AllocatedNumSharpAnalyzer, "MB"),
            "| costs less than NumSharp's own analyzer: wall-clock, alone (what each adds over the empty analyzer; rounds: ViewAnalyzers' less NumSharp's analyzer's) | " + string.Join(", ", shortMethods.Select(r => FormattableString.Invariant($"{r.Lines / 1000}k: {r.Added * 100:+0.0;-0.0}% vs {r.NumSharpAdded * 100:+0.0;-0.0}% (rounds {r.Rounds.MinusNumSharp?.Low * 100:+0.0;-0.0} to {r.Rounds.MinusNumSharp?.High * 100:+0.0;-0.0} points)"))) + $" | {Spread.Under(shortMethods.Select(r => r.Rounds.MinusNumSharp!.Value), 0)} |",
            "| grows linearly from 10k to 200k lines (time inside ViewAnalyzers) | " + string.Join(", ", shortMethods.Select(r => FormattableString.Invariant($"{r.InsideMsPerKLine:0.0} ms per 1k lines at {r.Lines / 1000}k"))) + $" | {Met(shortMethods.Last().InsideMsPerKLine <= shortMethods.First().InsideMsPerKLine * 1.5)} |",
        };
        // How much more per line at full size than at a quarter.
        string Growth(double? small, double? large) => FormattableString.Invariant($"{large / small:0.0}x");

        // Judged from cold caches; the measures that are over the bound at the same time are named in the status.
        string NoLimitStatus(Result small, Result large)
        {
            if (!(large.OwnColdMsPerKLine <= small.OwnColdMsPerKLine * 1.5))
            {
                return "**not met**";
            }

            var over = new List<string>();
            if (!(large.OwnWarmMsPerKLine <= small.OwnWarmMsPerKLine * 1.5))
            {
                over.Add($"repeated with warm caches ({Growth(small.OwnWarmMsPerKLine, large.OwnWarmMsPerKLine)})");
            }

            if (!(large.BeyondGraphsMsPerKLine <= small.BeyondGraphsMsPerKLine * 1.5))
            {
                over.Add($"in the driver's measure ({Growth(small.BeyondGraphsMsPerKLine, large.BeyondGraphsMsPerKLine)})");
            }

            return over.Count == 0 ? "met" : $"met from cold caches; over the bound {string.Join(" and ", over)}";
        }

        foreach (var group in results.Where(r => r.Stress is not null).GroupBy(r => r.Stress))
        {
            var small = group.OrderBy(r => r.Lines).First();
            var large = group.OrderBy(r => r.Lines).Last();
            string sizes = $"({small.Name.Substring("NumSharp code, ".Length)} → {large.Name.Substring("NumSharp code, ".Length)})";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| no blow-up in {group.Key}, as shipped: time inside ViewAnalyzers per line grows at most 1.5x from a quarter size to full size | together {small.InsideMsPerKLine:0.0} → {large.InsideMsPerKLine:0.0} ms per 1k lines, alone {small.AloneMsPerKLine:0.0} → {large.AloneMsPerKLine:0.0} {sizes}; short methods: {largest.InsideMsPerKLine:0.0} | {Met(large.InsideMsPerKLine <= small.InsideMsPerKLine * 1.5 && large.AloneMsPerKLine <= small.AloneMsPerKLine * 1.5)} |"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| the same with no limit on body length (`view_analyzers.max_body_statements = 0`), for ViewAnalyzers' own work on top of Roslyn's graphs: the gate, the flows, the questions and the rules timed apart from the graphs, each phase from cold caches (least of {large.OwnCold?.Runs}) | {small.OwnColdMsPerKLine:0.00} → {large.OwnColdMsPerKLine:0.00} ms per 1k lines {sizes}, {Growth(small.OwnColdMsPerKLine, large.OwnColdMsPerKLine)} per line (a plain walk of every operation, timed the same way: {Growth(small.OwnCold?.Walk / small.Lines, large.OwnCold?.Walk / large.Lines)}); repeated with warm caches {small.OwnWarmMsPerKLine:0.00} → {large.OwnWarmMsPerKLine:0.00}, {Growth(small.OwnWarmMsPerKLine, large.OwnWarmMsPerKLine)} (the plain walk {Growth(small.OwnWarm?.Walk / small.Lines, large.OwnWarm?.Walk / large.Lines)}); in the driver, time inside less collections less the graph probe's {small.BeyondGraphsMsPerKLine:0.0} → {large.BeyondGraphsMsPerKLine:0.0} ({Growth(small.BeyondGraphsMsPerKLine, large.BeyondGraphsMsPerKLine)}); the whole time inside alone {small.NoLimitMsPerKLine:0.0} → {large.NoLimitMsPerKLine:0.0} (less collections {small.NoLimitWithoutCollectionsMsPerKLine:0.0} → {large.NoLimitWithoutCollectionsMsPerKLine:0.0}), of which Roslyn building the graphs (a probe that only asks for them, less collections) {small.GraphsMsPerKLine:0.0} → {large.GraphsMsPerKLine:0.0} | {NoLimitStatus(small, large)} |"));
        }

        if (plain is not null)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| nothing measurable where NumSharp is not referenced: time inside ViewAnalyzers under 0.1% of the compilation (it registers nothing; the check runs once per compilation) | {plain.InsideViewAnalyzers.Driver:F0} ms inside ViewAnalyzers at {plain.Lines / 1000}k lines, {plain.InsideViewAnalyzers.Driver / plain.Baseline * 100:0.00}% (wall-clock {plain.Added * 100:+0.0;-0.0}%, within the noise); {plain.AllocatedViewAnalyzers:0.0} MB allocated while it runs | {Met(plain.InsideViewAnalyzers.Driver < plain.Baseline * 0.001)} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// One action that does nothing (a compilation action, so the driver processes every compilation event):
/// what any analyzer costs just by being there, the driver's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("EMPTY", "empty", "empty", "empty", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(_ => { });
    }
}

/// <summary>Registers an operation block action (which makes the driver build IOperation trees), optionally asking for each graph.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationBlockProbe : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new("PROBE", "probe", "probe", "probe", DiagnosticSeverity.Hidden, true);
    private readonly bool _graphs;

    public OperationBlockProbe(bool graphs) => _graphs = graphs;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(c =>
        {
            if (_graphs)
            {
                foreach (var block in c.OperationBlocks)
                {
                    if (block is Microsoft.CodeAnalysis.Operations.IMethodBodyOperation or Microsoft.CodeAnalysis.Operations.IBlockOperation)
                    {
                        try
                        {
                            c.GetControlFlowGraph(block);
                        }
                        catch (ArgumentException)
                        {
                        }
                    }
                }
            }
        });
    }
}

internal sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
}

/// <summary>CPU time of this process's threads from /proc (Linux): all of them, and the garbage collector's.</summary>
internal static class ThreadCpu
{
    public static (double Total, double Gc) Now()
    {
        double total = Seconds(File.ReadAllText("/proc/self/stat"));
        double gc = 0;
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                if (name.Contains("GC", StringComparison.Ordinal))
                {
                    gc += Seconds(stat);
                }
            }
            catch (IOException)
            {
            }
        }

        return (total, gc);
    }

    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second).
    private static double Seconds(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
