using System.Reflection;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Declarations;

/// <summary>Every rule ships with its doc page, a help link to it, and a release-tracking entry.</summary>
public class DescriptorConventionTests
{
    public static TheoryData<string> AllIds()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor d in AllDescriptors())
        {
            data.Add(d.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Rule_has_doc_page_help_link_and_release_entry(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);

        Assert.Equal($"https://github.com/paritykit/paritykit/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        string doc = Path.Combine(RepoPaths.RuleDocs, id + ".md");
        Assert.True(File.Exists(doc), $"{doc} is missing");
        Assert.StartsWith("# " + id, File.ReadAllText(doc));

        string releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ParityKit.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ParityKit.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains(id + " |", releases);
    }

    [Fact]
    public void Ids_are_unique_and_every_rule_id_has_a_descriptor()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        var declared = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(declared.OrderBy(x => x), ids.OrderBy(x => x));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
