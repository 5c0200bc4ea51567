using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Analyzer options as a .globalconfig and .editorconfig sections would give them: global values for every option
/// key the analyzers read, and different values for some files.
/// </summary>
internal sealed class CorpusOptions : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _perPath;

    public CorpusOptions(IReadOnlyDictionary<string, string> global, Dictionary<string, IReadOnlyDictionary<string, string>> perPath)
    {
        GlobalOptions = new Options(global);
        _perPath = perPath.ToDictionary(p => p.Key, p => (AnalyzerConfigOptions)new Options(p.Value), StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        _perPath.TryGetValue(tree.FilePath, out AnalyzerConfigOptions? options) ? options : Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perPath.TryGetValue(textFile.Path, out AnalyzerConfigOptions? options) ? options : Options.Empty;

    /// <summary>Values an option may have: sensible ones, empty ones, and ones no parser expects.</summary>
    public static readonly ImmutableArray<string> OddValues =
    [
        "true", "false", "", " ", "  TRUE  ", "yes", "0", "-1", "=", ",", ",,;;,", "a=b=c", "*", "*.", ".", "..",
        "sandbox.acme.test=api.acme.test", "sandbox.acme.test, *.sandbox.example=live.example ; staging.corpus-app.com",
        "Development,Staging", "Production", "Development;;Test", "https://", "https://sandbox.acme.test:99999/x?y#z",
        "/corpus/app/", "C:\\corpus\\app\\", "relative/dir", "/", "Corpus", "1Bad.Name", "a..b", "global::X", "class",
        "Ünïcödé.Näme", "StoreDbContext", "Corpus.Sql.StoreDbContext", "\t\r\n", "\0", new string('x', 5000),
        string.Concat(Enumerable.Repeat("host.example,", 500)),
    ];

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            bool found = values.TryGetValue(key, out string? v);
            value = v ?? string.Empty;
            return found;
        }

        public override IEnumerable<string> Keys => values.Keys;
    }
}

/// <summary>An additional file held in memory; its text may be missing (the compiler passes null for an unreadable file).</summary>
internal sealed class CorpusText(string path, Microsoft.CodeAnalysis.Text.SourceText? text) : AdditionalText
{
    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => text;
}
