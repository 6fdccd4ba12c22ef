using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace ViewAnalyzers.Tests.Rules
{
    /// <summary>Every rule has its doc page, a matching help link, a release-tracking line and a README row.</summary>
    public class DescriptorTests
    {
        private static readonly List<DiagnosticDescriptor> Descriptors = AllAnalyzers.ViewAnalyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        private static readonly HashSet<string> FixedIds = typeof(ViewAnalyzers.CodeFixes.DocumentFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet();

        public static IEnumerable<object[]> Ids() => Descriptors.Select(d => new object[] { d.Id });

        [Theory]
        [MemberData(nameof(Ids))]
        public void Help_link_points_to_the_rule_page_which_exists(string id)
        {
            var descriptor = Descriptors.Single(d => d.Id == id);
            Assert.Equal($"https://github.com/viewanalyzers/viewanalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
            var page = RepoRootAttribute.Combine("docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Readme_row_matches_the_descriptor(string id)
        {
            var descriptor = Descriptors.Single(d => d.Id == id);
            var readme = File.ReadAllLines(RepoRootAttribute.Combine("README.md"));
            var row = readme.SingleOrDefault(l => l.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal));
            Assert.NotNull(row);
            var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(descriptor.Title.ToString(), cells[2]);
            Assert.Equal(descriptor.Category, cells[3]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[4]);
            Assert.Equal(FixedIds.Contains(id) ? "Yes" : "No", cells[5]);
        }

        [Fact]
        public void Readme_lists_no_rule_that_does_not_exist()
        {
            var listed = File.ReadAllLines(RepoRootAttribute.Combine("README.md"))
                .Select(l => Regex.Match(l, @"^\| \[(VA\d{4})\]"))
                .Where(m => m.Success)
                .Select(m => m.Groups[1].Value)
                .ToList();
            Assert.Equal(Descriptors.Select(d => d.Id).ToList(), listed);
        }

        [Fact]
        public void Every_fix_targets_an_existing_rule()
        {
            Assert.Empty(FixedIds.Except(Descriptors.Select(d => d.Id)));
        }
    }
}
