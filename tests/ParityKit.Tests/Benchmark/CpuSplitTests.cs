using System.IO;
using System.Linq;
using ParityKit.CpuSplit;
using Xunit;

namespace ParityKit.Tests.Benchmark;

/// <summary>
/// The benchmark's CPU splitter (bench/ParityKit.CpuSplit) reads <c>perf script</c> output as perf writes it and puts
/// each sample in the part docs/performance.md reports: ParityKit's code is recognised by the analyzer assembly's
/// namespace, in its own frames and in generic Roslyn code instantiated over its types, never by the benchmark's hook.
/// </summary>
public sealed class CpuSplitTests
{
    private const string Script =
        "dotnet 12978 \n" +
        "\t    7f0000001000 instance bool [ParityKit.Analyzers] ParityKit.Analyzers.Manifest.SyntaxCandidates::IsCandidate(class Microsoft.CodeAnalysis.SyntaxNode)[QuickJitted] (/tmp/perf-12978.map)\n" +
        "\t    7f0000002000 instance void [Microsoft.CodeAnalysis] Microsoft.CodeAnalysis.NodeStateTable`1[System.__Canon]::AddEntries()[QuickJitted] (/tmp/perf-12978.map)\n" +
        "\t          13517 [unknown] (/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/Microsoft.CodeAnalysis.dll)\n" +
        "\n" +
        "dotnet 12990 \n" +
        "\t          4af21c [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libclrjit.so)\n" +
        "\t    7f0000003000 instance void [Microsoft.CodeAnalysis] Microsoft.CodeAnalysis.Diagnostics.AnalyzerExecutor::ExecuteSyntaxNodeActions()[OptimizedTier1] (/tmp/perf-12978.map)\n" +
        "\n" +
        "dotnet 12991 \n" +
        "\t    7f0000004000 instance void [ParityKit.CompilerCounters] ParityKit.CompilerCounters.JitTimeListener::OnEventWritten(class System.Diagnostics.Tracing.EventWrittenEventArgs)[QuickJitted] (/tmp/perf-12978.map)\n" +
        "\t    not a frame line\n" +
        "\t          60421 [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libclrgcexp.so)\n" +
        "\n" +
        "dotnet 12992 \n" +
        "\t    7f0000005000 instance void [Microsoft.CodeAnalysis] Microsoft.CodeAnalysis.TransformNode`2[ParityKit.Analyzers.Common.Joined`2[System.__Canon,System.__Canon],System.__Canon]::UpdateStateTable()[QuickJitted] (/tmp/perf-12978.map)\n";

    [Fact]
    public void Reads_each_sample_with_its_frames_innermost_first()
    {
        var samples = PerfScript.Samples(new StringReader(Script)).ToList();

        Assert.Equal(4, samples.Count);
        Assert.Equal(3, samples[0].Count);
        Assert.Equal("/tmp/perf-12978.map", samples[0][0].Object);
        Assert.StartsWith("instance bool [ParityKit.Analyzers] ParityKit.Analyzers.Manifest.SyntaxCandidates::IsCandidate(", samples[0][0].Symbol);
        Assert.Equal("[unknown]", samples[0][2].Symbol);
        Assert.Equal(2, samples[2].Count); // the line that is not a frame is skipped
    }

    [Fact]
    public void Puts_each_sample_in_its_part_and_kind()
    {
        var samples = PerfScript.Samples(new StringReader(Script)).ToList();

        Assert.Equal(("generators: ParityKit", "managed"), (SampleClassifier.Part(samples[0]), SampleClassifier.Kind(samples[0])));
        Assert.Equal(("analyzers: SDK", "JIT"), (SampleClassifier.Part(samples[1]), SampleClassifier.Kind(samples[1])));
        Assert.Equal(("rest", "managed"), (SampleClassifier.Part(samples[2]), SampleClassifier.Kind(samples[2]))); // the benchmark's own hook
        Assert.Equal("generators: ParityKit", SampleClassifier.Part(samples[3])); // Roslyn's generic code over ParityKit's types
    }
}
