using ViewAnalyzers.Semantics;
using Xunit;

namespace ViewAnalyzers.Tests.Semantics
{
    public class LibrarySemanticsTests
    {
        [Fact]
        public void Nothing_is_resolved_when_NumSharp_is_not_referenced()
        {
            Assert.Null(LibrarySemantics.For(TestCompilation.Create("class C {}", withNumSharp: false)));
        }

        [Fact]
        public void NumSharp_is_resolved_once_per_compilation()
        {
            var compilation = TestCompilation.Create("class C {}");
            var first = LibrarySemantics.For(compilation);
            Assert.NotNull(first);
            Assert.Same(first, LibrarySemantics.For(compilation));
            Assert.Equal("NumSharp", Assert.Single(first!.Libraries).Table.Name);
        }
    }
}
