using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ViewAnalyzers.Bench;

/// <summary>
/// Time inside one analyzer family's callbacks, measured around each callback like the driver's own measure,
/// and the same without the garbage collections that happened during them. A collection stops every thread
/// and lands in whichever callback's allocation triggered it: in one run of the 50k-line corpus, 3 or 4 of
/// them of 60-80 ms each, which alone moves the driver's measure of an analyzer by a quarter from run to run.
/// What each analyzer allocates, and so its share of collections, is measured on its own (the allocation
/// columns); this is the rest, the analyzer's own work.
/// </summary>
internal sealed class Meter
{
    private long _ticks;
    private long _pauseTicks;

    public double MillisecondsWithoutCollections =>
        Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks)).TotalMilliseconds - TimeSpan.FromTicks(Interlocked.Read(ref _pauseTicks)).TotalMilliseconds;

    public Action<T> Wrap<T>(Action<T> action) => context => Time(action, context);

    private void Time<T>(Action<T> action, T context)
    {
        var pauses = GC.GetTotalPauseDuration();
        long start = Stopwatch.GetTimestamp();
        try
        {
            action(context);
        }
        finally
        {
            long end = Stopwatch.GetTimestamp();
            Interlocked.Add(ref _ticks, end - start);
            Interlocked.Add(ref _pauseTicks, (GC.GetTotalPauseDuration() - pauses).Ticks);
        }
    }
}

/// <summary>Runs <paramref name="inner"/> with every callback it registers timed by <paramref name="meter"/>.</summary>
internal sealed class TimedAnalyzer(DiagnosticAnalyzer inner, Meter meter) : DiagnosticAnalyzer
{
    public DiagnosticAnalyzer Inner => inner;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

#pragma warning disable RS1025, RS1026 // the wrapped analyzer makes these calls itself, through the wrapping context
    public override void Initialize(AnalysisContext context) => inner.Initialize(new TimedAnalysisContext(context, meter));
#pragma warning restore RS1025, RS1026

    // Only the kinds of registration ViewAnalyzers and NumSharp.Build.Analyzer make are wrapped with their contexts
    // (compilation start, symbol start); the rest are wrapped as plain actions, or refused so that a harness change
    // cannot silently drop a callback from the measure.
#pragma warning disable RS1012 // start actions register through the wrapping context they are given
    private sealed class TimedAnalysisContext(AnalysisContext context, Meter meter) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            context.RegisterCompilationStartAction(meter.Wrap<CompilationStartAnalysisContext>(start => action(new TimedCompilationStartContext(start, meter))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(TimedSymbolStart(action, meter), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => context.RegisterOperationAction(meter.Wrap(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(meter.Wrap(action));
    }

    private sealed class TimedCompilationStartContext(CompilationStartAnalysisContext context, Meter meter)
        : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => context.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            context.RegisterSymbolStartAction(TimedSymbolStart(action, meter), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => context.RegisterOperationAction(meter.Wrap(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(meter.Wrap(action));
    }

    // Roslyn 4.8's one public constructor is marked obsolete (meant for tests); the context only carries what it is given
    // here, and every registration goes to the driver's own context.
#pragma warning disable CS0618
    private sealed class TimedSymbolStartContext(SymbolStartAnalysisContext context, Meter meter)
        : SymbolStartAnalysisContext(context.Symbol, context.Compilation, context.Options, context.CancellationToken)
#pragma warning restore CS0618
    {
        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => context.RegisterSymbolEndAction(meter.Wrap(action));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => context.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => context.RegisterOperationAction(meter.Wrap(action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(meter.Wrap(action));
    }

#pragma warning restore RS1012

    // A symbol start action, timed, whose registrations are timed too (compilation start and the root context both take one).
    private static Action<SymbolStartAnalysisContext> TimedSymbolStart(Action<SymbolStartAnalysisContext> action, Meter meter) =>
        meter.Wrap<SymbolStartAnalysisContext>(start => action(new TimedSymbolStartContext(start, meter)));

    private static NotSupportedException Unsupported() =>
        new("The bench's timing wrapper does not wrap this kind of registration (its context would need wrapping too); add it to TimedAnalyzer.");
}
