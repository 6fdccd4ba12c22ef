using System;
using System.IO;
using System.Reflection;

namespace ViewAnalyzers.Tests
{
    /// <summary>The repository root, stamped in at build time.</summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    public sealed class RepoRootAttribute : Attribute
    {
        public RepoRootAttribute(string path) => Path = path;

        public string Path { get; }

        public static string Value
        {
            get
            {
                var path = typeof(RepoRootAttribute).Assembly.GetCustomAttribute<RepoRootAttribute>()!.Path;
                return System.IO.Path.GetFullPath(path);
            }
        }

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Value, System.IO.Path.Combine(parts));
    }
}
