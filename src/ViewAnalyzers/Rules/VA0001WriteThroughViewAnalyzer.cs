using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>
    /// VA0001: a write through a local that holds a view of <c>s</c>, where the code shows it expected an
    /// independent array. Evidence, any one of: both the view and <c>s</c> are read afterwards; <c>s</c> is not the
    /// method's own (parameter, field, capture) and the method returns the view or a value computed from it;
    /// <c>s</c> is a static or readonly field; the local's name says copy. In strict mode any write through a
    /// view held in a variable is reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0001WriteThroughViewAnalyzer : FlowRuleBase
    {
        /// <summary>The .editorconfig key for the mode: <c>evidence</c> (default) or <c>strict</c>.</summary>
        public const string ModeOption = "view_analyzers.VA0001.mode";

        private static readonly HashSet<string> CopyWords = new HashSet<string>
        {
            "copy", "clone", "backup", "orig", "original", "saved", "snapshot", "old", "prev", "before",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0001_WriteThroughView);

        internal override void Analyze(FlowRuleContext context)
        {
            var flow = context.Flow;
            bool strict = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree).TryGetValue(ModeOption, out var mode)
                && mode.Trim().Equals("strict", System.StringComparison.OrdinalIgnoreCase);

            foreach (var write in flow.Writes)
            {
                if (!write.Chain.IsDirect
                    || write.Chain.Holder is not { Kind: SymbolKind.Local or SymbolKind.Field } view
                    || write.HolderValue is not { Kind: ValueKind.View, Root: { } source, Origin: { } origin }
                    || SymbolEqualityComparer.Default.Equals(source, view)
                    || !flow.IsTracked(view)
                    || flow.HasErrors(write.Access.Operation)
                    || flow.HasErrors(origin))
                {
                    continue;
                }

                // v["..."] = v - v.mean(): an in-place transform of the view itself is the deliberate NumPy idiom,
                // so reading both afterwards is no evidence that an independent array was expected.
                bool transformsItself = write.Access.AlsoReads || write.Access.AssignedValue is { } assigned && MentionsLocal(assigned, view);
                if (strict || HasEvidence(flow, write, view, source, transformsItself))
                {
                    context.Report(Descriptors.VA0001_WriteThroughView, write.Access.Operation, origin, Names(view, source), view.Name, source.Name);
                }
            }
        }

        internal static ImmutableDictionary<string, string?> Names(ISymbol view, ISymbol source) =>
            ImmutableDictionary<string, string?>.Empty.Add("view", view.Name).Add("source", source.Name);

        private static bool MentionsLocal(IOperation operation, ISymbol variable)
        {
            foreach (var d in new OperationWalk(operation))
            {
                var referenced = d switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IFieldReferenceOperation field => MethodFlow.FieldRoot(field),
                    _ => null,
                };
                if (SymbolEqualityComparer.Default.Equals(referenced, variable))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasEvidence(MethodFlow flow, WriteFact write, ISymbol view, ISymbol source, bool transformsItself)
        {
            bool notOwned = IsNotOwned(source, flow);
            if (source is IFieldSymbol { IsStatic: true } or IFieldSymbol { IsReadOnly: true })
            {
                return true;
            }

            bool sourceReadAfter = flow.IsReadAfter(source, write.Point);
            if (NameSaysCopy(view.Name) && (sourceReadAfter || notOwned))
            {
                return true;
            }

            if (notOwned && flow.ReturnsValueComputedFrom(view))
            {
                return true;
            }

            return !transformsItself && sourceReadAfter && flow.IsReadAfter(view, write.Point);
        }

        /// <summary>Data the method does not own: a parameter, a field, or a variable captured from an enclosing method.</summary>
        private static bool IsNotOwned(ISymbol source, MethodFlow flow) => source switch
        {
            IParameterSymbol parameter => parameter.RefKind is RefKind.None or RefKind.In,
            IFieldSymbol => true,
            ILocalSymbol local => flow.Owner is not null && !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, flow.Owner),
            _ => false,
        };

        /// <summary>"backup", "origData", "saved_rows", "copyOfA": a copy word as a whole camelCase or snake_case word.</summary>
        internal static bool NameSaysCopy(string name)
        {
            int start = 0;
            for (int i = 1; i <= name.Length; i++)
            {
                bool boundary = i == name.Length
                    || name[i] == '_'
                    || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
                    || (char.IsDigit(name[i]) != char.IsDigit(name[i - 1]));
                if (!boundary)
                {
                    continue;
                }

                var word = name.Substring(start, i - start).Trim('_').ToLowerInvariant();
                if (CopyWords.Contains(word))
                {
                    return true;
                }

                start = i;
            }

            return false;
        }
    }
}
