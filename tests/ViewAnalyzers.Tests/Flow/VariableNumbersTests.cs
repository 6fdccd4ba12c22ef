using System.Linq;
using Microsoft.CodeAnalysis;
using ViewAnalyzers.Flow;
using Xunit;

namespace ViewAnalyzers.Tests.Flow
{
    /// <summary>
    /// A flow numbers its variables by symbol equality; the lookup by the symbol object in front of it only caches that.
    /// Two objects of one symbol (a member of a generic type constructed twice: Roslyn makes a new object each time)
    /// share a number, whichever is met first and whichever is asked.
    /// </summary>
    public class VariableNumbersTests
    {
        [Fact]
        public void Objects_of_one_symbol_share_a_number()
        {
            var compilation = TestCompilation.Create("class C { }", withNumSharp: false);
            var list = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!;
            var text = compilation.GetSpecialType(SpecialType.System_String);
            ISymbol First() => list.Construct(text).GetMembers("Count").Single();
            var (a, b) = (First(), First());
            var other = list.Construct(compilation.GetSpecialType(SpecialType.System_Int32)).GetMembers("Count").Single();
            Assert.NotSame(a, b);
            Assert.True(SymbolEqualityComparer.Default.Equals(a, b));

            var numbers = new VariableNumbers();
            Assert.Equal(-1, numbers.Find(a));
            Assert.Equal(0, numbers.Add(a));
            Assert.Equal(0, numbers.Find(b));
            Assert.Equal(0, numbers.Add(b));
            Assert.Equal(-1, numbers.Find(other));
            Assert.Equal(1, numbers.Add(other));
            Assert.Equal(0, numbers.Find(b));
            Assert.Equal(2, numbers.Count);
            Assert.Same(a, numbers[0]);
            Assert.Same(other, numbers[1]);
        }
    }
}
