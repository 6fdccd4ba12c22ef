using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>
    /// The shape every rule shares: concurrent, no generated code, and nothing registered unless the
    /// compilation references a library the package has a table for.
    /// </summary>
    public abstract class ViewAnalyzerBase : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated code is never analyzed (no Analyze flag): the driver makes no callback for generated files or
            // for symbols marked [GeneratedCode]. Every diagnostic sits inside the body or operation being analyzed, so
            // none can land in generated code; ReportDiagnostics only spares the driver checking each one again, a
            // check that walks a whole file the first time a diagnostic is reported in it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var semantics = Guard.Run(() => LibrarySemantics.For(start.Compilation, start.Options));
                if (semantics is not null)
                {
                    Register(start, semantics);
                }
            });
        }

        /// <summary>Registers the rule's actions; called only when a known library is referenced.</summary>
        internal abstract void Register(CompilationStartAnalysisContext context, LibrarySemantics semantics);
    }

    /// <summary>
    /// An analyzer must never throw: AD0001 breaks builds that treat warnings as errors. Release builds
    /// swallow unexpected exceptions and stay silent; debug builds (the tests) let them surface.
    /// </summary>
    internal static class Guard
    {
        public static T? Run<T>(Func<T?> action)
            where T : class
        {
            try
            {
                return action();
            }
            catch (Exception e) when (Swallows(e))
            {
                return null;
            }
        }

        public static void Run(Action action)
        {
            try
            {
                action();
            }
            catch (Exception e) when (Swallows(e))
            {
            }
        }

        /// <summary>Whether a catch swallows <paramref name="e"/>: never a cancellation; anything else only in release builds.</summary>
        public static bool Swallows(Exception e) => !(e is OperationCanceledException) && Swallow();

        private static bool Swallow()
        {
#if DEBUG
            return false;
#else
            return true;
#endif
        }
    }
}
