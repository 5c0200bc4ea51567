using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using ParityKit.EditLoop;

// dotnet run -c Release --project bench/ParityKit.EditLoop -- --workload DIR [--configuration Release] [--iterations 15]
string? workload = null;
string configuration = "Release";
int iterations = 15;
for (int i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--workload": workload = Path.GetFullPath(Value()); break;
        case "--configuration": configuration = Value(); break;
        case "--iterations": iterations = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine("usage: ParityKit.EditLoop --workload DIR [--configuration Release] [--iterations 15]");
            return 2;
    }
}

if (workload is null)
{
    Console.Error.WriteLine("--workload DIR is required");
    return 2;
}

WorkloadCompilation input = WorkloadCompilation.Load(workload, configuration);
Assembly parityKit = typeof(ParityKit.Analyzers.Manifest.ManifestGenerator).Assembly;
ImmutableArray<ISourceGenerator> generators = parityKit.GetTypes()
    .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes<GeneratorAttribute>().Any())
    .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
    .ToImmutableArray();
ImmutableArray<DiagnosticAnalyzer> analyzers = parityKit.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"workload: {input.Compilation.SyntaxTrees.Count()} C# files, {input.AdditionalFiles.Length} additional files; {generators.Length} generators, {analyzers.Length} analyzers; {iterations} iterations each"));

GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(generators, input.AdditionalFiles, input.ParseOptions, input.Options,
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

var results = new List<(string Scenario, Measurement Time)>();

// The first run in a fresh process: JIT and the first full pass. An upper bound of what a command-line build pays: the
// Roslyn loaded here is the NuGet package's, JIT-compiled on first use, while csc's own is precompiled (ReadyToRun), so
// this run also JITs the parts of Roslyn the generator calls. bench/compare-compiler.sh --perf measures csc itself.
var cold = Stopwatch.StartNew();
GeneratorDriver driver = NewDriver().RunGenerators(input.Compilation);
results.Add(("generators, first run in the process (cold)", Measurement.Of([cold.Elapsed.TotalMilliseconds])));

results.Add(("generators, full run, fresh driver (warm)", Measurement.Repeat(iterations, () => NewDriver().RunGenerators(input.Compilation))));

// What a build pays once the JIT is warm: a fresh driver on a fresh compilation (Clone drops every bound symbol and
// semantic model), so symbol look-ups, attribute binding and read candidates are bound from scratch, as in csc.
results.Add(("generators, fresh driver, fresh compilation (a build without JIT)", Measurement.Repeat(iterations, () => NewDriver().RunGenerators(input.Compilation.Clone()))));
results.Add(("generators, same driver, nothing changed", Measurement.Repeat(iterations, () => driver = driver.RunGenerators(input.Compilation))));

// Each iteration types into the same file, as a developer does, alternating two spellings so every run sees a change.
EditScenario[] edits =
[
    new("an unrelated edit (a method body)", input.FindFile("Data/Repositories/", "ORDER BY id\""), "ORDER BY id\"", "ORDER BY id DESC\""),
    new("a declaration edit (a setting's default)", input.FindFile("Settings/", "Default = \"eu-west\""), "Default = \"eu-west\"", "Default = \"us-east\""),
    new("a flag-read edit (the key read)", input.FindFile("Features/", "-theme\""), "-theme\"", "-theme-v2\""),
];

string? lastOutput = OutputText(driver);
foreach (EditScenario edit in edits)
{
    Compilation compilation = input.Compilation;
    int changedOutputs = 0;
    var generatorTimes = new List<double>();
    var analyzerTimes = new List<double>();
    for (int i = 0; i < iterations; i++)
    {
        compilation = edit.Apply(compilation, i % 2 == 0);
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        generatorTimes.Add(watch.Elapsed.TotalMilliseconds);
        string? output = OutputText(driver);
        changedOutputs += output == lastOutput ? 0 : 1;
        lastOutput = output;

        // What the IDE then asks of the analyzers: the edited document's diagnostics in the new compilation.
        SyntaxTree tree = compilation.SyntaxTrees.First(t => t.FilePath == edit.Path);
        watch.Restart();
        compilation.WithAnalyzers(analyzers, new AnalyzerOptions(input.AdditionalFiles, input.Options))
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None)
            .GetAwaiter().GetResult();
        analyzerTimes.Add(watch.Elapsed.TotalMilliseconds);
    }

    results.Add(($"generators after {edit.Name} (output changed {changedOutputs}/{iterations})", Measurement.Of(generatorTimes)));
    results.Add(($"analyzers on the edited document after {edit.Name}", Measurement.Of(analyzerTimes)));
    compilation = edit.Apply(compilation, original: true);
}

// Each generator alone: a warm full run, and a run of the same driver after an unrelated edit.
foreach (ISourceGenerator generator in generators)
{
    string name = generator.GetGeneratorType().Name;
    GeneratorDriver Alone() => CSharpGeneratorDriver.Create([generator], input.AdditionalFiles, input.ParseOptions, input.Options);
    results.Add(($"{name} alone, full run (warm)", Measurement.Repeat(iterations, () => Alone().RunGenerators(input.Compilation))));
    GeneratorDriver single = Alone().RunGenerators(input.Compilation);
    int flip = 0;
    results.Add(($"{name} alone, after an unrelated edit", Measurement.Repeat(iterations, () =>
        single = single.RunGenerators(edits[0].Apply(input.Compilation, original: flip++ % 2 == 1)))));
}

// Where an unrelated edit's time goes: each tracked step's own time in one more run after such an edit.
GeneratorDriver tracked = CSharpGeneratorDriver.Create(generators, input.AdditionalFiles, input.ParseOptions, input.Options,
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
tracked = tracked.RunGenerators(input.Compilation);
tracked = tracked.RunGenerators(edits[0].Apply(input.Compilation, original: false));
var steps = StepTimes(tracked);

// The same for a fresh driver on a fresh compilation: where a build's generator time goes.
GeneratorDriver fresh = CSharpGeneratorDriver.Create(generators, input.AdditionalFiles, input.ParseOptions, input.Options,
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
var freshSteps = StepTimes(fresh.RunGenerators(input.Compilation.Clone()));

static List<(string Generator, string Step, double Ms, int Count, int Rerun)> StepTimes(GeneratorDriver tracked) => tracked.GetRunResult().Results
    .SelectMany(r => r.TrackedSteps.Concat(r.TrackedOutputSteps).Select(s => (Generator: r.Generator.GetGeneratorType().Name, Step: s.Key, Runs: s.Value)))
    .Select(s => (s.Generator, s.Step, Ms: s.Runs.Sum(run => run.ElapsedTime.TotalMilliseconds), Count: s.Runs.Length,
        Rerun: s.Runs.Count(run => run.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged))))
    .OrderByDescending(s => s.Ms)
    .Take(12)
    .ToList();

// Whole-compilation analysis once, with the driver's own per-analyzer times.
var full = Stopwatch.StartNew();
CompilationWithAnalyzers withAnalyzers = input.Compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(input.AdditionalFiles, input.Options), onAnalyzerException: null, concurrentAnalysis: true,
    logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
results.Add(($"analyzers, whole compilation ({diagnostics.Length} diagnostics; binding included)", Measurement.Of([full.Elapsed.TotalMilliseconds])));

Console.WriteLine();
Console.WriteLine("| scenario | median ms | min ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|");
foreach ((string scenario, Measurement time) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {time.Median:0.0} | {time.Min:0.0} | {time.Max:0.0} |"));
}

Console.WriteLine();
Console.WriteLine("| generator step (run after an unrelated edit) | ms | executions | executions that ran |");
Console.WriteLine("|---|---:|---:|---:|");
foreach ((string generator, string step, double ms, int count, int rerun) in steps)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {generator}.{step} | {ms:0.0} | {count} | {rerun} |"));
}

Console.WriteLine();
Console.WriteLine("| generator step (fresh driver, fresh compilation) | ms | executions | executions that ran |");
Console.WriteLine("|---|---:|---:|---:|");
foreach ((string generator, string step, double ms, int count, int rerun) in freshSteps)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {generator}.{step} | {ms:0.0} | {count} | {rerun} |"));
}

Console.WriteLine();
Console.WriteLine("| analyzer (whole compilation) | execution time ms |");
Console.WriteLine("|---|---:|");
foreach (DiagnosticAnalyzer analyzer in analyzers.OrderBy(a => a.GetType().Name, StringComparer.Ordinal))
{
    AnalyzerTelemetryInfo telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {analyzer.GetType().Name} | {telemetry.ExecutionTime.TotalMilliseconds:0.0} |"));
}

return 0;

static string? OutputText(GeneratorDriver driver) =>
    string.Concat(driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()));

namespace ParityKit.EditLoop
{
    /// <summary>Milliseconds of repeated runs.</summary>
    internal sealed record Measurement(double Median, double Min, double Max)
    {
        public static Measurement Of(IReadOnlyList<double> samples)
        {
            double[] sorted = samples.Order().ToArray();
            double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
            return new Measurement(median, sorted[0], sorted[^1]);
        }

        public static Measurement Repeat(int times, Action action)
        {
            var samples = new List<double>();
            for (int i = 0; i < times; i++)
            {
                var watch = Stopwatch.StartNew();
                action();
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }

            return Of(samples);
        }
    }

    /// <summary>An edit typed into one file: <see cref="Before"/> becomes <see cref="After"/> and back.</summary>
    internal sealed record EditScenario(string Name, string Path, string Before, string After)
    {
        public Compilation Apply(Compilation compilation, bool original)
        {
            SyntaxTree tree = compilation.SyntaxTrees.First(t => t.FilePath == Path);
            string text = tree.ToString();
            string edited = original ? text.Replace(After, Before, StringComparison.Ordinal) : text.Replace(Before, After, StringComparison.Ordinal);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(edited)));
        }
    }
}
