using System.Threading.Tasks;
using Xunit;
using V = ViewAnalyzers.Tests.Verify<ViewAnalyzers.Rules.VA0002LostWriteIntoCopyAnalyzer>;

namespace ViewAnalyzers.Tests.Rules
{
    public class VA0002LostWriteIntoCopyTests
    {
        private static string Method(string body, string parameters = "NDArray arr, NDArray m, int[] idx") => $$"""
            using System;
            using System.Collections.Generic;
            using NumSharp;
            class C
            {
                NDArray field = np.zeros(3);
                static void Zero(NDArray x) { x["..."] = 0; }
                static void Print(NDArray x) { Console.WriteLine(x); }
                void M({{parameters}})
                {
            {{body}}
                }
            }
            """;

        [Theory]
        [InlineData("var f = {|#1:arr[new[] { 0, 2 }]|};\n{|#0:f[0] = 5|};", "f", "arr", "fancy indexing")]
        [InlineData("var f = {|#1:arr[idx]|};\n{|#0:f[\"...\"] = 0|};", "f", "arr", "fancy indexing")]
        [InlineData("var f = {|#1:arr[np.array(new[] { 0, 2 })]|};\n{|#0:f[0] += 1|};", "f", "arr", "fancy indexing")]
        [InlineData("var b = {|#1:arr[arr > 25]|};\n{|#0:b.fill(0)|};", "b", "arr", "a boolean mask")]
        [InlineData("var b = {|#1:arr[arr > 25]|};\n{|#0:b.SetData(1, new[] { 0 })|};", "b", "arr", "a boolean mask")]
        [InlineData("var c = {|#1:m[\":\", new[] { 0, 2 }]|};\n{|#0:c[0] = 1|};", "c", "m", "fancy indexing")]
        [InlineData("var t = {|#1:arr.take(np.array(idx))|};\n{|#0:t.sort()|};", "t", "arr", "take()")]
        [InlineData("var f = {|#1:m.flatten()|};\n{|#0:np.copyto(f, np.zeros(6))|};", "f", "m", "flatten()")]
        [InlineData("var e = {|#1:np.extract(arr > 1, arr)|};\n{|#0:np.put(e, np.array(new[] { 0 }), np.array(new[] { 9 }))|};", "e", "arr", "extract()")]
        [InlineData("var f = {|#1:arr[idx]|};\n{|#0:np.add(f, 1, @out: f)|};", "f", "arr", "fancy indexing")]
        [InlineData("var f = {|#1:arr[idx]|};\n{|#0:Zero(f)|};", "f", "arr", "fancy indexing")]
        [InlineData("var f = {|#1:arr[new List<int> { 0, 2 }]|};\n{|#0:f[1] = 0|};", "f", "arr", "fancy indexing")]
        public async Task Reports_a_lost_write_into_a_copy(string body, string copy, string source, string how)
        {
            await V.Analyzer(Method(body), V.Diagnostic("VA0002").WithLocation(0).WithLocation(1).WithArguments(copy, source, how));
        }

        [Fact]
        public async Task Reports_only_the_last_of_several_writes()
        {
            var body = """
                        var f = {|#1:arr[idx]|};
                        f[0] = 1;
                        f[1] = 2;
                        {|#0:f[2] = 3|};
                """;
            await V.Analyzer(Method(body), V.Diagnostic("VA0002").WithLocation(0).WithLocation(1).WithArguments("f", "arr", "fancy indexing"));
        }

        [Fact]
        public async Task Reports_the_last_write_on_each_branch()
        {
            var body = """
                        var f = {|#2:arr[idx]|};
                        if (idx.Length > 1) { {|#0:f[0] = 1|}; } else { {|#1:f[1] = 2|}; }
                """;
            await V.Analyzer(
                Method(body),
                V.Diagnostic("VA0002").WithLocation(0).WithLocation(2).WithArguments("f", "arr", "fancy indexing"),
                V.Diagnostic("VA0002").WithLocation(1).WithLocation(2).WithArguments("f", "arr", "fancy indexing"));
        }

        [Theory]
        [InlineData("var f = arr[idx]; f[0] = 5; arr[idx] = f;")]
        [InlineData("var f = arr[idx]; f[0] = 5; Console.WriteLine(f);")]
        [InlineData("var f = arr[idx]; f[0] = 5; Print(f);")]
        [InlineData("var f = arr[idx]; f[0] = 5; field = f;")]
        [InlineData("var f = arr[idx]; f[0] = 5; var list = new List<NDArray> { f };")]
        [InlineData("var f = arr[idx]; f[0] = 5; Action a = () => Console.WriteLine(f);")]
        [InlineData("var f = arr[idx]; f[0] = 5; void Show() => Console.WriteLine(f); Show();")]
        [InlineData("var f = arr[idx]; f[0] = 5; var g = f.sum();")]
        [InlineData("var f = arr[idx]; var g = f; f[0] = 5; Console.WriteLine(g);")]
        [InlineData("var f = arr[idx]; for (int i = 0; i < 3; i++) { if (i > 0) Console.WriteLine(f); f[0] = i; }")]
        [InlineData("var f = arr[idx]; try { f[0] = 5; } finally { Console.WriteLine(f); }")]
        [InlineData("var f = arr[idx]; try { f[0] = 5; throw new Exception(); } catch (Exception) { Console.WriteLine(f); }")]
        [InlineData("var f = arr[idx]; f[0] = 5; switch (idx.Length) { case 1: Console.WriteLine(f); break; }")]
        [InlineData("var s = arr[\"1:3\"]; s[0] = 5;")]
        [InlineData("var c = arr.copy(); c[0] = 5;")]
        [InlineData("var z = np.zeros(3); z[0] = 5;")]
        [InlineData("arr[idx] = 5; arr[idx] += 1; arr[arr > 2] = 0;")]
        [InlineData("var f = arr[idx]; f = np.zeros(2); f[0] = 1;")]
        [InlineData("NDArray f = arr[idx]; Mutate(ref f); f[0] = 1;")]
        public async Task Silent_when_the_copy_is_used_or_not_a_copy(string body)
        {
            var source = Method(body).Replace("    void M(", "    static void Mutate(ref NDArray x) { }\n    void M(");
            await V.Analyzer(source);
        }

        [Fact]
        public async Task Silent_when_the_copy_is_returned()
        {
            var source = """
                using NumSharp;
                class C
                {
                    NDArray M(NDArray arr, int[] idx)
                    {
                        var f = arr[idx];
                        f[0] = 5;
                        return f;
                    }
                }
                """;
            await V.Analyzer(source);
        }

        [Fact]
        public async Task Silent_on_code_that_does_not_bind()
        {
            var source = """
                using NumSharp;
                class C
                {
                    void M(NDArray arr)
                    {
                        var f = arr[{|CS0103:unknownIndex|}];
                        f[0] = 5;
                        var g = arr[new[] { 0 }];
                        g[{|CS0103:missing|}] = 1;
                    }
                }
                """;
            await V.Analyzer(source);
        }
    }
}
