namespace ParityKit.CpuSplit;

/// <summary>
/// What a sample was part of (the compiler phase, and whether ParityKit's code was on the stack) and what kind of code
/// it sampled (by the object the innermost frame is in).
/// </summary>
internal static class SampleClassifier
{
    // Roslyn's own code is precompiled and unnamed in perf's output ("[unknown]"); its generic pipeline and driver types
    // are named where the JIT compiled them for a generator's or analyzer's types, which is how the phase is told.
    private static readonly string[] GeneratorFrames =
        ["GeneratorDriver", "DriverStateTable", "NodeStateTable", "TransformNode", "BatchNode", "CombineNode", "SyntaxInputNode", "SourceOutputNode", "InputNode`"];
    private static readonly string[] AnalyzerFrames = ["AnalyzerDriver", "AnalyzerExecutor", "AnalyzerManager", "CompilationWithAnalyzers"];

    // The analyzer assembly's namespace, which generic code instantiated over its types names too; not "ParityKit"
    // alone, which would also match the benchmark's own startup hook (ParityKit.CompilerCounters).
    private const string ParityKitCode = "ParityKit.Analyzers";

    /// <summary>
    /// "generators" or "analyzers" with "ParityKit" when a ParityKit method is on the stack (its own code and the Roslyn
    /// work it asked for), else the SDK's; "rest" for the compile itself, the runtime's own threads (background JIT, GC)
    /// and anything outside both. JIT'd ParityKit code is named through the runtime's perf map; Roslyn's precompiled
    /// (ReadyToRun) code is not, so the driver frames are recognised where the JIT'd generic code names them.
    /// </summary>
    public static string Part(IReadOnlyList<Frame> stack)
    {
        bool parityKit = false, generator = false, analyzer = false;
        foreach (Frame frame in stack)
        {
            parityKit |= frame.Symbol.Contains(ParityKitCode, StringComparison.Ordinal);
            generator |= ContainsAny(frame.Symbol, GeneratorFrames);
            analyzer |= ContainsAny(frame.Symbol, AnalyzerFrames);
        }

        return generator ? (parityKit ? "generators: ParityKit" : "generators: SDK")
            : analyzer ? (parityKit ? "analyzers: ParityKit" : "analyzers: SDK")
            : parityKit ? "other: ParityKit"
            : "rest";
    }

    /// <summary>managed, JIT (the JIT compiler itself), GC, runtime (the rest of libcoreclr), kernel or native.</summary>
    public static string Kind(IReadOnlyList<Frame> stack)
    {
        if (stack.Count == 0)
        {
            return "unknown";
        }

        string code = stack[0].Object;
        return code.Contains("libclrjit", StringComparison.Ordinal) ? "JIT"
            : code.Contains("libclrgc", StringComparison.Ordinal) ? "GC"
            : code.Contains("libcoreclr", StringComparison.Ordinal) ? "runtime"
            : code.Contains("kernel", StringComparison.Ordinal) ? "kernel"
            : code.EndsWith(".map", StringComparison.Ordinal) || code.EndsWith(".dll", StringComparison.Ordinal) ? "managed"
            : "native";
    }

    private static bool ContainsAny(string text, string[] parts)
    {
        foreach (string part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
