using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Runs every ParityKit analyzer (through <see cref="CompilationWithAnalyzers"/>, compilation-end actions included)
/// and every generator (through <see cref="CSharpGeneratorDriver"/>, then again incrementally after an edit) over one
/// batch, and returns what went wrong: analyzer exceptions (AD0001), generator exceptions (CS8784/CS8785), and
/// generated sources that do not parse.
/// </summary>
internal static class CorpusRunner
{
    /// <summary>
    /// Runs the batch (or the given part of it). Analyzer and generator exceptions come back as failures; an exception
    /// that escapes the compiler's own APIs is the compiler's (the analyzer and generator drivers catch ours) and is
    /// thrown as a <see cref="CompilerCrashException"/>.
    /// </summary>
    public static ImmutableArray<string> Run(
        CorpusBatch batch,
        IReadOnlyList<CorpusInput>? inputs = null,
        IReadOnlyList<CorpusAdditionalFile>? additionalFiles = null)
    {
        try
        {
            return RunCore(batch, inputs, additionalFiles);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException
            && !(exception.ToString().Contains("ParityKit.Analyzers", StringComparison.Ordinal)))
        {
            throw new CompilerCrashException(exception);
        }
    }

    private static ImmutableArray<string> RunCore(
        CorpusBatch batch,
        IReadOnlyList<CorpusInput>? inputs,
        IReadOnlyList<CorpusAdditionalFile>? additionalFiles)
    {
        inputs ??= batch.Inputs;
        additionalFiles ??= batch.AdditionalFiles;
        var failures = new ConcurrentQueue<string>();

        ImmutableArray<SyntaxTree> trees = inputs
            .Select(input => CSharpSyntaxTree.ParseText(SourceText.From(input.Text), batch.ParseOptions, input.Path))
            .ToImmutableArray();
        CSharpCompilation compilation = CSharpCompilation.Create(batch.AssemblyName, trees, batch.References, batch.CompilationOptions);
        ImmutableArray<AdditionalText> additional = additionalFiles.Select(f => f.File).ToImmutableArray();

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional, batch.Options),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {Describe(exception)}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        ImmutableArray<Diagnostic> diagnostics = compilation
            .WithAnalyzers(ParityKitComponents.CreateAnalyzers(), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter().GetResult();
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id is "AD0001" or "AD0002"))
        {
            failures.Enqueue(diagnostic.ToString());
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            ParityKitComponents.CreateGenerators(), additional, batch.ParseOptions, batch.Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> generatorDiagnostics);
        CheckGenerators(driver.GetRunResult(), generatorDiagnostics, failures, "first run");

        // As in the IDE: the same driver after an edit, so the incremental paths (cached and modified steps) run too.
        if (!trees.IsEmpty)
        {
            SyntaxTree edited = trees[trees.Length / 2];
            Compilation next = compilation.ReplaceSyntaxTree(edited, edited.WithChangedText(edited.GetText().WithChanges(
                new TextChange(new TextSpan(edited.Length, 0), "\n// edited\nclass __Edited { }\n"))));
            driver = driver.RunGeneratorsAndUpdateCompilation(next, out _, out generatorDiagnostics);
            CheckGenerators(driver.GetRunResult(), generatorDiagnostics, failures, "after an edit");
        }

        return failures.ToImmutableArray();
    }

    private static void CheckGenerators(
        GeneratorDriverRunResult result,
        ImmutableArray<Diagnostic> diagnostics,
        ConcurrentQueue<string> failures,
        string when)
    {
        foreach (GeneratorRunResult generator in result.Results)
        {
            if (generator.Exception is { } exception)
            {
                failures.Enqueue($"{generator.Generator.GetGeneratorType().Name} threw ({when}) {Describe(exception)}");
            }

            foreach (GeneratedSourceResult source in generator.GeneratedSources)
            {
                foreach (Diagnostic error in source.SyntaxTree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
                {
                    failures.Enqueue($"{generator.Generator.GetGeneratorType().Name} generated {source.HintName} that does not parse ({when}): {error}");
                }
            }
        }

        foreach (Diagnostic diagnostic in diagnostics.Concat(result.Diagnostics).Where(d => d.Id is "CS8784" or "CS8785").Distinct())
        {
            failures.Enqueue($"({when}) {diagnostic}");
        }
    }

    private static string Describe(Exception exception) =>
        exception.GetType().Name + ": " + exception.Message + "\n" + string.Join("\n", (exception.StackTrace ?? string.Empty).Split('\n').Take(12));
}

/// <summary>The compiler itself failed on an input (a Roslyn bug, not ParityKit's): the input is left out of the corpus.</summary>
internal sealed class CompilerCrashException(Exception inner) : Exception("the compiler itself threw: " + inner.GetType().Name + ": " + inner.Message, inner);
