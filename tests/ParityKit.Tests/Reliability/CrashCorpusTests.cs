using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest;
using ParityKit.Analyzers.ThirdPartyApis;
using ParityKit.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// The crash corpus: every ParityKit analyzer and generator, found by reflection, over thousands of mutated inputs
/// (the repository's own sources, the sample, a generated workload app and rule-shaped seeds, truncated, with tokens
/// deleted, unbalanced braces, odd attribute arguments, huge strings, deep nesting) and over broken additional files
/// (invalid JSON, binary garbage, empty and unreadable files, Razor with unclosed tags). Any exception fails.
/// </summary>
/// <remarks>
/// Deterministic: every batch follows from the master seed and its index. A failure names the batch, the seed of each
/// input that fails alone, and a folder with the inputs written out. Replay or explore with environment variables:
/// <c>PARITYKIT_CORPUS_SEED</c> (another master seed), <c>PARITYKIT_CORPUS_INPUTS</c> (more inputs),
/// <c>PARITYKIT_CORPUS_BATCH</c> (one batch only).
/// </remarks>
public sealed class CrashCorpusTests(ITestOutputHelper output)
{
    public const ulong DefaultSeed = 20260315;

    private const int DefaultCSharpInputs = 10_200;
    private const int CSharpInputsPerBatch = 60;
    private const int DefaultAdditionalFileInputs = 2_000;
    private const int AdditionalFilesPerBatch = 100;

    private static readonly string FailureFolder = Path.Combine(Path.GetTempPath(), "paritykit-crash-corpus");

    // Inputs may hold lone surrogates; written out, they become U+FFFD (the seeds replay them exactly).
    private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    [Fact]
    public void Every_analyzer_and_generator_is_found_by_reflection()
    {
        Assert.Contains(typeof(FlagReadAnalyzer), ParityKitComponents.AnalyzerTypes);
        Assert.Contains(typeof(SandboxEndpointAnalyzer), ParityKitComponents.AnalyzerTypes);
        Assert.Contains(typeof(ManifestGenerator), ParityKitComponents.GeneratorTypes);
        Assert.Equal(ParityKitComponents.AnalyzerTypes.Length, ParityKitComponents.CreateAnalyzers().Length);
        Assert.Contains("paritykit.sandbox_hosts", ParityKitComponents.OptionKeys);
        Assert.Contains("build_property.RootNamespace", ParityKitComponents.OptionKeys);
    }

    [Fact]
    public void Mutated_CSharp_never_crashes_an_analyzer_or_a_generator()
    {
        int inputs = EnvironmentInt("PARITYKIT_CORPUS_INPUTS") ?? DefaultCSharpInputs;
        RunCorpus("csharp", batches: (inputs + CSharpInputsPerBatch - 1) / CSharpInputsPerBatch, CSharpInputsPerBatch, additionalFiles: 6,
            minimumInputs: inputs * 99 / 100, count: b => b.MutatedInputs);
    }

    [Fact]
    public void Broken_additional_files_never_crash_their_readers()
    {
        int inputs = EnvironmentInt("PARITYKIT_CORPUS_ADDITIONAL_INPUTS") ?? DefaultAdditionalFileInputs;
        RunCorpus("additional", batches: (inputs + AdditionalFilesPerBatch - 1) / AdditionalFilesPerBatch, mutatedInputs: 0,
            additionalFiles: AdditionalFilesPerBatch, minimumInputs: inputs, count: b => b.AdditionalFiles.Length);
    }

    private void RunCorpus(string name, int batches, int mutatedInputs, int additionalFiles, int minimumInputs, Func<CorpusBatch, int> count)
    {
        ulong masterSeed = (ulong?)EnvironmentInt("PARITYKIT_CORPUS_SEED") ?? DefaultSeed;
        masterSeed ^= name == "csharp" ? 0UL : 0x5EED_0000_0000UL;
        int? only = EnvironmentInt("PARITYKIT_CORPUS_BATCH");
        CorpusSources sources = CorpusSources.Instance;

        var failed = new ConcurrentBag<(CorpusBatch Batch, ImmutableArray<string> Failures)>();
        var durations = new ConcurrentBag<(int Index, double Seconds)>();
        var compilerCrashes = new ConcurrentBag<string>();
        int counted = 0;
        int additionalCounted = 0;
        var total = Stopwatch.StartNew();
        IEnumerable<int> indexes = only is int single ? [single] : Enumerable.Range(0, batches);
        Parallel.ForEach(indexes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var watch = Stopwatch.StartNew();
            CorpusBatch batch = CorpusBatch.Create(sources, masterSeed, index, mutatedInputs, additionalFiles);
            (ImmutableArray<string> failures, ImmutableArray<CorpusInput> crashedCompiler) = RunLeavingOutCompilerCrashes(batch);
            foreach (CorpusInput input in crashedCompiler)
            {
                compilerCrashes.Add($"batch {index}: {input.Description}");
            }

            Interlocked.Add(ref counted, count(batch) - crashedCompiler.Length);
            Interlocked.Add(ref additionalCounted, batch.AdditionalFiles.Length);
            durations.Add((index, watch.Elapsed.TotalSeconds));
            if (!failures.IsEmpty)
            {
                failed.Add((batch, failures));
            }
        });

        (int slowest, double seconds) = durations.MaxBy(d => d.Seconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {counted} inputs ({additionalCounted} additional files) in {batches} batches, {total.Elapsed.TotalSeconds:0.0} s; slowest batch {slowest} ({seconds:0.0} s); seed {masterSeed}"));

        foreach (string crash in compilerCrashes.Order(StringComparer.Ordinal))
        {
            output.WriteLine("left out, the compiler itself throws on it: " + crash);
        }

        if (only is int replayed)
        {
            // Replaying one batch: also time each input on its own, to find what makes a batch slow.
            Profile(CorpusBatch.Create(sources, masterSeed, replayed, mutatedInputs, additionalFiles));
        }

        if (!failed.IsEmpty)
        {
            Assert.Fail(Report(name, masterSeed, failed.OrderBy(f => f.Batch.Index).Take(3).ToList()));
        }

        if (only is null)
        {
            Assert.True(counted >= minimumInputs, $"only {counted} inputs ran");
        }
    }

    /// <summary>
    /// Runs a batch; when the compiler itself throws (a Roslyn bug some mutated inputs hit, which no analyzer can
    /// prevent), finds the inputs that make it throw by halving the batch, and runs the rest without them.
    /// </summary>
    private static (ImmutableArray<string> Failures, ImmutableArray<CorpusInput> CrashedCompiler) RunLeavingOutCompilerCrashes(CorpusBatch batch)
    {
        ImmutableArray<CorpusInput> context = batch.Inputs.Where(i => i.Description.StartsWith("context", StringComparison.Ordinal)).ToImmutableArray();
        var failures = ImmutableArray.CreateBuilder<string>();
        var crashed = ImmutableArray.CreateBuilder<CorpusInput>();

        void RunPart(IReadOnlyList<CorpusInput> part, bool whole)
        {
            try
            {
                failures.AddRange(CorpusRunner.Run(batch, whole ? batch.Inputs : [.. context, .. part]));
            }
            catch (CompilerCrashException) when (part.Count > 1)
            {
                RunPart(part.Take(part.Count / 2).ToList(), whole: false);
                RunPart(part.Skip(part.Count / 2).ToList(), whole: false);
            }
            catch (CompilerCrashException) when (part.Count == 1)
            {
                crashed.Add(part[0]);
            }
        }

        RunPart(batch.Inputs.Except(context).ToList(), whole: true);
        return (failures.ToImmutable(), crashed.ToImmutable());
    }

    private void Profile(CorpusBatch batch)
    {
        ImmutableArray<CorpusInput> context = batch.Inputs.Where(i => i.Description.StartsWith("context", StringComparison.Ordinal)).ToImmutableArray();
        var timings = new List<(double Seconds, string Description)>();
        foreach (CorpusInput input in batch.Inputs.Except(context))
        {
            var watch = Stopwatch.StartNew();
            TryRun(batch, [.. context, input], []);
            timings.Add((watch.Elapsed.TotalSeconds, input.Description));
        }

        foreach (CorpusAdditionalFile file in batch.AdditionalFiles)
        {
            var watch = Stopwatch.StartNew();
            TryRun(batch, context, [file]);
            timings.Add((watch.Elapsed.TotalSeconds, "additional file " + file.Description));
        }

        foreach ((double seconds, string description) in timings.OrderByDescending(t => t.Seconds).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds,7:0.000} s  {description}"));
        }
    }

    /// <summary>The failures, with the inputs that fail on their own named by seed and written out for a look.</summary>
    private static string Report(string name, ulong masterSeed, List<(CorpusBatch Batch, ImmutableArray<string> Failures)> failed)
    {
        var report = new StringBuilder();
        foreach ((CorpusBatch batch, ImmutableArray<string> failures) in failed)
        {
            string folder = Path.Combine(FailureFolder, $"{name}-seed-{masterSeed}-batch-{batch.Index}");
            Directory.CreateDirectory(folder);
            var listing = new StringBuilder();
            for (int i = 0; i < batch.Inputs.Length; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"input-{i:000}.cs"), batch.Inputs[i].Text, Lenient);
                listing.AppendLine(CultureInfo.InvariantCulture, $"input-{i:000}.cs  {batch.Inputs[i].Description}");
            }

            for (int i = 0; i < batch.AdditionalFiles.Length; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"additional-{i:000}.txt"), batch.AdditionalFiles[i].File.GetText()?.ToString() ?? "(null text)", Lenient);
                listing.AppendLine(CultureInfo.InvariantCulture, $"additional-{i:000}.txt  {batch.AdditionalFiles[i].Description}");
            }

            File.WriteAllText(Path.Combine(folder, "inputs.txt"), listing.ToString());

            report.AppendLine(CultureInfo.InvariantCulture,
                $"Batch {batch.Index} (batch seed {batch.Seed}) failed; replay with PARITYKIT_CORPUS_SEED={EnvironmentInt("PARITYKIT_CORPUS_SEED") ?? (long)DefaultSeed} PARITYKIT_CORPUS_BATCH={batch.Index}; inputs written to {folder}");
            foreach (string failure in failures.Distinct().Take(5))
            {
                report.AppendLine(failure);
            }

            ImmutableArray<CorpusInput> context = batch.Inputs.Where(i => i.Description.StartsWith("context", StringComparison.Ordinal)).ToImmutableArray();
            if (!TryRun(batch, context, []).IsEmpty)
            {
                // The batch's options, language version or references fail with its unchanged seeds alone.
                report.AppendLine("  fails with the batch's context files alone: no mutated input is needed; " + batch.ParseOptions.LanguageVersion
                    + ", " + batch.References.Length + " references, seeds: " + string.Join(", ", context.Select(c => c.Path)));
                report.AppendLine();
                continue;
            }

            foreach (CorpusInput input in batch.Inputs.Except(context))
            {
                if (!TryRun(batch, [.. context, input], []).IsEmpty && !TryRun(batch, [.. context, input], batch.AdditionalFiles).IsEmpty)
                {
                    report.AppendLine("  fails alone: " + input.Description);
                }
            }

            foreach (CorpusAdditionalFile file in batch.AdditionalFiles)
            {
                if (!TryRun(batch, context, [file]).IsEmpty)
                {
                    report.AppendLine("  fails alone: additional file " + file.Description);
                }
            }

            report.AppendLine();
        }

        return report.ToString();
    }

    /// <summary>For isolating and profiling: a compiler crash counts as an outcome, not an error of the harness.</summary>
    private static ImmutableArray<string> TryRun(CorpusBatch batch, IReadOnlyList<CorpusInput> inputs, IReadOnlyList<CorpusAdditionalFile> files)
    {
        try
        {
            return CorpusRunner.Run(batch, inputs, files);
        }
        catch (CompilerCrashException crash)
        {
            return [crash.Message];
        }
    }

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;
}
