using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Tests.Infrastructure;
using ParityKit.Workload;

namespace ParityKit.Tests.Reliability;

/// <summary>One mutated C# file of a batch, and how it was made (base file, mutations, seed), for replay.</summary>
internal sealed record CorpusInput(string Path, string Text, string Description);

/// <summary>One additional file of a batch.</summary>
internal sealed record CorpusAdditionalFile(AdditionalText File, string Description);

/// <summary>
/// A compilation's worth of corpus inputs: mutated C# files, additional files, analyzer options, parse and
/// compilation options. Everything follows from (master seed, batch index): a failing batch replays alone.
/// </summary>
internal sealed class CorpusBatch
{
    private static readonly string[] AssemblyNames = ["Corpus", "Storefront", "Corpus.Tests", "", "a b", "Ünïcode", new string('x', 300), "Workload"];

    private CorpusBatch(
        int index,
        ulong seed,
        ImmutableArray<CorpusInput> inputs,
        ImmutableArray<CorpusAdditionalFile> additionalFiles,
        CorpusOptions options,
        CSharpParseOptions parseOptions,
        CSharpCompilationOptions compilationOptions,
        string assemblyName,
        ImmutableArray<MetadataReference> references)
    {
        Index = index;
        Seed = seed;
        Inputs = inputs;
        AdditionalFiles = additionalFiles;
        Options = options;
        ParseOptions = parseOptions;
        CompilationOptions = compilationOptions;
        AssemblyName = assemblyName;
        References = references;
    }

    public int Index { get; }

    public ulong Seed { get; }

    public ImmutableArray<CorpusInput> Inputs { get; }

    public ImmutableArray<CorpusAdditionalFile> AdditionalFiles { get; }

    public CorpusOptions Options { get; }

    public CSharpParseOptions ParseOptions { get; }

    public CSharpCompilationOptions CompilationOptions { get; }

    public string AssemblyName { get; }

    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>How many of <see cref="Inputs"/> are mutated (the rest are unchanged seeds, for context).</summary>
    public int MutatedInputs => Inputs.Count(i => !i.Description.StartsWith("context", StringComparison.Ordinal));

    /// <param name="additionalFiles">At most this many additional files; exactly this many in a batch without C# inputs.</param>
    public static CorpusBatch Create(CorpusSources sources, ulong masterSeed, int index, int mutatedInputs, int additionalFiles)
    {
        ulong batchSeed = SplitMix64.For(masterSeed, (ulong)index + 1).NextUInt64();
        var random = new SplitMix64(batchSeed);

        var inputs = ImmutableArray.CreateBuilder<CorpusInput>();
        for (int i = 0, context = 1 + random.Next(3); i < context; i++)
        {
            (string path, string text) = sources.Seeds[random.Next(sources.Seeds.Count)];
            inputs.Add(new CorpusInput(path, text, "context: " + path));
        }

        for (int i = 0; i < mutatedInputs; i++)
        {
            ulong inputSeed = random.NextUInt64();
            inputs.Add(CreateInput(sources, inputSeed));
        }

        var files = ImmutableArray.CreateBuilder<CorpusAdditionalFile>();
        for (int i = 0, count = mutatedInputs == 0 ? additionalFiles : random.Next(1, additionalFiles + 1); i < count; i++)
        {
            ulong fileSeed = random.NextUInt64();
            AdditionalText file = AdditionalFileMutator.Create(new SplitMix64(fileSeed), sources.Json, sources.Markup, out string description);
            files.Add(new CorpusAdditionalFile(file, $"seed {fileSeed}: {description}"));
        }

        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in ParityKitComponents.OptionKeys)
        {
            if (random.Chance(70))
            {
                global[key] = CorpusOptions.OddValues[random.Next(CorpusOptions.OddValues.Length)];
            }
        }

        var perPath = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (string path in inputs.Select(i => i.Path).Concat(files.Select(f => f.File.Path)).Distinct())
        {
            if (random.Chance(20))
            {
                perPath[path] = ParityKitComponents.OptionKeys.Where(_ => random.Chance(50))
                    .ToDictionary(k => k, _ => CorpusOptions.OddValues[random.Next(CorpusOptions.OddValues.Length)], StringComparer.Ordinal);
            }
        }

        LanguageVersion[] versions = [LanguageVersion.Preview, LanguageVersion.Preview, LanguageVersion.Latest, LanguageVersion.CSharp7_3, LanguageVersion.CSharp10];
        var parseOptions = new CSharpParseOptions(
            versions[random.Next(versions.Length)],
            random.Chance(20) ? DocumentationMode.Diagnose : DocumentationMode.Parse,
            preprocessorSymbols: random.Chance(30) ? ["DEBUG", "X"] : []);
        var compilationOptions = new CSharpCompilationOptions(
            random.Chance(80) ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication,
            nullableContextOptions: random.Chance(70) ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            allowUnsafe: true,
            concurrentBuild: false);

        // Mostly the full set; sometimes without the flag-reader library, or without ParityKit.Annotations itself.
        ImmutableArray<MetadataReference> references = random.Next(20) switch
        {
            0 => TestReferences.Framework,
            1 or 2 => TestReferences.All,
            _ => CorpusReferences.All,
        };

        return new CorpusBatch(
            index, batchSeed, inputs.ToImmutable(), files.ToImmutable(), new CorpusOptions(global, perPath),
            parseOptions, compilationOptions, AssemblyNames[random.Next(AssemblyNames.Length)], references);
    }

    /// <summary>
    /// Syntax deeper than this is left out: the compiler's own binder recurses without a stack guard on some shapes
    /// (a long run of <c>..</c> ranges, say) and would overflow the stack before any analyzer runs, in a real build too.
    /// </summary>
    private const int MaxSyntaxDepth = 1_000;

    /// <summary>One mutated input, from its own seed alone (re-drawn, deterministically, while too deep for the compiler).</summary>
    public static CorpusInput CreateInput(CorpusSources sources, ulong seed)
    {
        for (ulong attempt = 0; ; attempt++)
        {
            CorpusInput input = CreateInput(sources, seed, attempt);
            if (attempt >= 8 || SyntaxDepth(CSharpSyntaxTree.ParseText(input.Text).GetRoot()) <= MaxSyntaxDepth)
            {
                return attempt >= 8 ? input with { Text = string.Empty, Description = input.Description + " (too deep: emptied)" } : input;
            }
        }
    }

    private static int SyntaxDepth(SyntaxNode root)
    {
        int deepest = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            (SyntaxNode node, int depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (SyntaxNode child in node.ChildNodes())
            {
                // The compiler binds a left-deep chain of binary operators ("a" + "b" + ...) without recursing: such
                // chains stay in, thousands of operands long, for the analyzers that fold SQL concatenations.
                bool chained = child is BinaryExpressionSyntax && node is BinaryExpressionSyntax;
                pending.Push((child, chained ? depth : depth + 1));
            }
        }

        return deepest;
    }

    private static CorpusInput CreateInput(CorpusSources sources, ulong seed, ulong attempt)
    {
        var random = attempt == 0 ? new SplitMix64(seed) : SplitMix64.For(seed, attempt);
        IReadOnlyList<(string Path, string Text)> pool = random.Next(10) switch
        {
            < 3 => sources.Seeds,
            < 6 => sources.Workload,
            _ => sources.Repository,
        };
        (string path, string text) = pool[random.Next(pool.Count)];
        text = Mutator.Window(text, random, maxLines: 250);
        var applied = new List<string>();
        if (random.Chance(8))
        {
            applied.Add("none");
        }
        else if (random.Chance(1))
        {
            text = random.Chance(50) ? string.Empty : "\uFEFF";
            applied.Add("empty");
        }
        else
        {
            text = Mutator.Mutate(text, random, sources.Snippets, applied);
        }

        string target = OddPath(path, random);
        string redrawn = attempt == 0 ? string.Empty : $" (draw {attempt})";
        return new CorpusInput(target, text, $"seed {seed}{redrawn}: {path} [{string.Join(", ", applied)}] as '{target}'");
    }

    private static string OddPath(string path, SplitMix64 random)
    {
        string name = Path.GetFileName(path);
        return random.Next(14) switch
        {
            0 => "/corpus/app/" + path,
            1 => "C:\\corpus\\" + path.Replace('/', '\\'),
            2 => string.Empty,
            3 => "Migrations/20240101000000_" + name,
            4 => "obj/Debug/net10.0/" + name.Replace(".cs", ".g.cs", StringComparison.Ordinal),
            5 => "/corpus/app/Odd Dir ü/" + name,
            6 => "../outside/" + name,
            7 => "Tests/" + name.Replace(".cs", "Tests.cs", StringComparison.Ordinal),
            8 => name.Replace(".cs", ".Designer.cs", StringComparison.Ordinal),
            _ => path,
        };
    }
}
