using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.EditLoop;

/// <summary>
/// The workload's compilation rebuilt in memory from what its last build wrote to obj/ (compile items, references,
/// additional files, the generated .editorconfig with the MSBuild properties the analyzers see). Razor and the SDK's
/// other generators are not run: the loop measures ParityKit's own work.
/// </summary>
internal sealed class WorkloadCompilation
{
    private WorkloadCompilation(CSharpCompilation compilation, CSharpParseOptions parseOptions, ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider options)
    {
        Compilation = compilation;
        ParseOptions = parseOptions;
        AdditionalFiles = additionalFiles;
        Options = options;
    }

    public CSharpCompilation Compilation { get; }

    public CSharpParseOptions ParseOptions { get; }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public static WorkloadCompilation Load(string workload, string configuration)
    {
        string obj = Path.Combine(workload, "obj", configuration, "net10.0");
        string List(string name)
        {
            string path = Path.Combine(obj, name);
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build the workload once with ParityKit enabled (-c {configuration})");
        }

        Dictionary<string, string> properties = File.ReadAllLines(List("workload.properties.txt"))
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

        var parseOptions = new CSharpParseOptions(
            LanguageVersionFacts.TryParse(properties.GetValueOrDefault("LangVersion"), out LanguageVersion version) ? version : LanguageVersion.Default,
            preprocessorSymbols: properties.GetValueOrDefault("DefineConstants", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
        IEnumerable<SyntaxTree> trees = File.ReadAllLines(List("workload.compile.txt"))
            .Where(path => path.Length > 0)
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), parseOptions, path));
        IEnumerable<MetadataReference> references = File.ReadAllLines(List("workload.references.txt"))
            .Where(path => path.Length > 0)
            .Select(path => MetadataReference.CreateFromFile(path));
        var options = new CSharpCompilationOptions(
            properties.GetValueOrDefault("OutputType") == "Exe" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: properties.GetValueOrDefault("Nullable") == "enable" ? NullableContextOptions.Enable : NullableContextOptions.Disable);
        CSharpCompilation compilation = CSharpCompilation.Create("Workload", trees, references, options);

        ImmutableArray<AdditionalText> additionalFiles = File.ReadAllLines(List("workload.additionalfiles.txt"))
            .Where(path => path.Length > 0)
            .Select(path => (AdditionalText)new FileText(path))
            .ToImmutableArray();

        string editorConfig = properties.GetValueOrDefault("EditorConfig", string.Empty);
        editorConfig = Path.IsPathRooted(editorConfig) ? editorConfig : Path.Combine(workload, editorConfig);
        return new WorkloadCompilation(compilation, parseOptions, additionalFiles, new GlobalConfigOptions(ReadGlobalSection(editorConfig)));
    }

    /// <summary>The path of the one C# file under <paramref name="folder"/> (first in order) that contains <paramref name="text"/>.</summary>
    public string FindFile(string folder, string text) =>
        Compilation.SyntaxTrees
            .Where(t => t.FilePath.Replace('\\', '/').Contains("/" + folder, StringComparison.Ordinal) && t.ToString().Contains(text, StringComparison.Ordinal))
            .Select(t => t.FilePath)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new InvalidOperationException($"no file under {folder} contains {text}");

    private static Dictionary<string, string> ReadGlobalSection(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return values;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('['))
            {
                break; // per-file sections follow the global one
            }

            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !line.StartsWith('#'))
            {
                values[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
        }

        return values;
    }

    private sealed class FileText(string path) : AdditionalText
    {
        private SourceText? _text;

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            _text ??= SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }

    private sealed class GlobalConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                bool found = values.TryGetValue(key, out string? v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }
}
