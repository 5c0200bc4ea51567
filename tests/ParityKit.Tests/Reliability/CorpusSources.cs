using ParityKit.Tests.Infrastructure;
using ParityKit.Workload;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// What the crash corpus mutates: the repository's own C# (src, samples, tests, bench), a generated workload app,
/// the rule-shaped seeds, and the JSON, Razor and JavaScript the additional-file readers see.
/// </summary>
internal sealed class CorpusSources
{
    private static readonly Lazy<CorpusSources> Loaded = new(Load);

    private CorpusSources(
        IReadOnlyList<(string Path, string Text)> repository,
        IReadOnlyList<(string Path, string Text)> workload,
        IReadOnlyList<(string Path, string Text)> json,
        IReadOnlyList<(string Path, string Text)> markup)
    {
        Repository = repository;
        Workload = workload;
        Json = json;
        Markup = markup;
        Snippets = CorpusSeeds.CSharp.Concat(workload.Take(40)).SelectMany(file => Chunks(file.Text)).ToList();
    }

    public static CorpusSources Instance => Loaded.Value;

    public IReadOnlyList<(string Path, string Text)> Repository { get; }

    public IReadOnlyList<(string Path, string Text)> Workload { get; }

    public IReadOnlyList<(string Path, string Text)> Seeds => CorpusSeeds.CSharp;

    /// <summary>Runs of one to eight lines of the seeds and the workload, spliced into other inputs.</summary>
    public IReadOnlyList<string> Snippets { get; }

    public IReadOnlyList<(string Path, string Text)> Json { get; }

    public IReadOnlyList<(string Path, string Text)> Markup { get; }

    private static CorpusSources Load()
    {
        var repository = new List<(string, string)>();
        foreach (string folder in new[] { "src", "samples", "tests", "bench" })
        {
            string root = Path.Combine(RepoPaths.Root, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    repository.Add((relative, File.ReadAllText(file)));
                }
            }
        }

        IReadOnlyList<WorkloadFile> workload = WorkloadGenerator.Generate(new WorkloadOptions(150, Seed: 7, ParityKitRoot: "/corpus/paritykit"));
        var json = new List<(string, string)>(CorpusSeeds.Json);
        json.AddRange(workload.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)).Select(f => (f.Path, f.Content)));
        string sample = Path.Combine(RepoPaths.Root, "samples");
        if (Directory.Exists(sample))
        {
            json.AddRange(Directory.EnumerateFiles(sample, "appsettings*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
                .Select(f => (Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), File.ReadAllText(f))));
        }

        var markup = new List<(string, string)>(CorpusSeeds.Markup);
        markup.AddRange(workload.Where(f => f.Path.EndsWith(".cshtml", StringComparison.Ordinal) || f.Path.EndsWith(".js", StringComparison.Ordinal))
            .Take(60).Select(f => (f.Path, f.Content)));

        return new CorpusSources(
            repository,
            workload.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (f.Path, f.Content)).ToList(),
            json,
            markup);
    }

    private static IEnumerable<string> Chunks(string text)
    {
        string[] lines = text.Split('\n');
        for (int start = 0; start < lines.Length; start += 3)
        {
            yield return string.Join('\n', lines, start, Math.Min(1 + (start % 8), lines.Length - start));
        }
    }
}
