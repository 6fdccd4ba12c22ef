using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ViewAnalyzers.Flow;
using ViewAnalyzers.Semantics;

namespace ViewAnalyzers.Rules
{
    /// <summary>
    /// VA0008: an NDArray made over a .NET array without a copy is written while the .NET array is read
    /// afterwards, or the .NET array is written while the NDArray is read afterwards.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VA0008ManagedArrayAliasAnalyzer : FlowRuleBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.VA0008_ManagedArrayAlias);

        internal override void Analyze(FlowRuleContext context)
        {
            var flow = context.Flow;
            foreach (var write in flow.Writes)
            {
                if (write.Chain.Holder is ILocalSymbol array
                    && flow.IsTracked(array)
                    && write.HolderValue is { Kind: ValueKind.ManagedAlias, Root: { } data, Origin: { } origin }
                    && flow.IsReadAfter(data, write.Point)
                    && !flow.HasErrors(write.Access.Operation))
                {
                    context.Report(
                        Descriptors.VA0008_ManagedArrayAlias,
                        write.Access.Operation,
                        origin,
                        VA0001WriteThroughViewAnalyzer.Names(array, data),
                        $"Writing to '{array.Name}' also changes the .NET array '{data.Name}': '{origin.Syntax}' does not copy it, and '{data.Name}' is read afterwards");
                }
            }

            foreach (var managedWrite in flow.ManagedWrites)
            {
                foreach (var pair in flow.Assigned)
                {
                    if (pair.Key is not ILocalSymbol array || !flow.IsTracked(array))
                    {
                        continue;
                    }

                    var value = flow.ValueOf(array, managedWrite.Point);
                    if (value is { Kind: ValueKind.ManagedAlias, Origin: { } origin }
                        && SymbolEqualityComparer.Default.Equals(value.Root, managedWrite.Array)
                        && flow.IsReadAfter(array, managedWrite.Point)
                        && !flow.HasErrors(managedWrite.Operation))
                    {
                        context.Report(
                            Descriptors.VA0008_ManagedArrayAlias,
                            managedWrite.Operation,
                            origin,
                            VA0001WriteThroughViewAnalyzer.Names(array, managedWrite.Array),
                            $"Writing to '{managedWrite.Array.Name}' also changes '{array.Name}': '{origin.Syntax}' does not copy it, and '{array.Name}' is read afterwards");
                    }
                }
            }
        }
    }
}
