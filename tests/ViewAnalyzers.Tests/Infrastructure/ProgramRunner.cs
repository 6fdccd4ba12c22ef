using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ViewAnalyzers.Tests
{
    /// <summary>Compiles a C# program against NumSharp and runs it in this process, returning what it printed.</summary>
    public static class ProgramRunner
    {
        private static readonly object ConsoleLock = new object();

        public static string Run(string source)
        {
            var compilation = TestCompilation.Create(source, kind: OutputKind.ConsoleApplication);
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(emit.Success, "the program does not compile:\n" + string.Join("\n", errors));

            stream.Position = 0;
            var context = new AssemblyLoadContext("program", isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(stream);
                var entry = assembly.EntryPoint!;
                lock (ConsoleLock)
                {
                    var original = Console.Out;
                    var output = new StringWriter { NewLine = "\n" };
                    Console.SetOut(output);
                    try
                    {
                        entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
                    }
                    catch (TargetInvocationException e) when (e.InnerException is not null)
                    {
                        output.WriteLine($"[threw {e.InnerException.GetType().Name}: {e.InnerException.Message}]");
                    }
                    finally
                    {
                        Console.SetOut(original);
                    }

                    return output.ToString().Replace("\r\n", "\n");
                }
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
