using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// Asserts that planted secret values appear nowhere ParityKit writes: manifests, generated sources, diagnostic
/// messages and properties. Reusable by any rule's tests: plant values, run, pass everything produced here.
/// </summary>
public static class SecretLeakCheck
{
    public static void AssertAbsent(IReadOnlyCollection<string> secrets, string where, string? text)
    {
        if (text == null)
        {
            return;
        }

        List<string> leaked = secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"{where} contains planted secret(s): {string.Join(", ", leaked)}");
    }

    public static void AssertAbsent(IReadOnlyCollection<string> secrets, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            string where = diagnostic.Id + " at " + diagnostic.Location.GetLineSpan();
            AssertAbsent(secrets, where + " (message)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            foreach (KeyValuePair<string, string?> property in diagnostic.Properties)
            {
                AssertAbsent(secrets, where + " (property " + property.Key + ")", property.Value);
            }
        }
    }

    /// <summary>Runs analyzers over a compilation with AdditionalFiles, as the compiler does, and returns every diagnostic they report.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAnalyzersAsync(
        Compilation compilation,
        IEnumerable<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers,
        IEnumerable<(string Path, string Text)> additionalFiles)
    {
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(
            additionalFiles.Select(f => (AdditionalText)new GeneratorRunner.InMemoryText(f.Path, f.Text)).ToImmutableArray());
        var withAnalyzers = compilation.WithAnalyzers(analyzers.ToImmutableArray(), options);
        ImmutableArray<Diagnostic> all = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        return all;
    }
}
