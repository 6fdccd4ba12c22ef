using System;
using System.IO;

namespace ViewAnalyzers.Tests.Packaging
{
    /// <summary>A fresh console project in a temporary folder that references NumSharp and the packed ViewAnalyzers.</summary>
    public sealed class ConsumerProject : IDisposable
    {
        public ConsumerProject(PackedPackage package, string program, string properties = "")
        {
            Directory = Path.Combine(Path.GetTempPath(), "va-consumer-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="ViewAnalyzers artifacts" value="{Path.Combine(RepoRootAttribute.Value, "artifacts", "packages")}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(Directory, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NumSharp" Version="0.70.0" />
                    <PackageReference Include="ViewAnalyzers" Version="{package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(ProgramPath, program);
        }

        public string Directory { get; }

        public string ProgramPath => Path.Combine(Directory, "Program.cs");

        public (int ExitCode, string Output) Run(params string[] arguments) => Dotnet.Run(Directory, arguments);

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
