using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ParityKit.CompilerCounters;

/// <summary>
/// Entry point the runtime calls before the compiler's <c>Main</c> (its name and namespace are fixed by the runtime).
/// Does nothing unless <c>PARITYKIT_COUNTERS_OUT</c> names a file.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        string? output = Environment.GetEnvironmentVariable("PARITYKIT_COUNTERS_OUT");
        if (string.IsNullOrEmpty(output))
        {
            return;
        }

        string name = Environment.GetEnvironmentVariable("PARITYKIT_COUNTERS_NAME") ?? "csc";
        // Timing each method the JIT compiles costs a little, so it is asked for separately.
        string? ownPrefix = Environment.GetEnvironmentVariable("PARITYKIT_COUNTERS_JIT_PREFIX");
        JitTimeListener? jit = string.IsNullOrEmpty(ownPrefix) ? null : new JitTimeListener(ownPrefix);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Write(output, name, jit);
    }

    private static void Write(string output, string name, JitTimeListener? jit)
    {
        using var process = Process.GetCurrentProcess();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        string[] fields =
        [
            name,
            (DateTime.Now - process.StartTime).TotalSeconds.ToString("0.00", invariant),
            process.TotalProcessorTime.TotalSeconds.ToString("0.00", invariant),
            JitInfo.GetCompilationTime().TotalSeconds.ToString("0.000", invariant),
            JitInfo.GetCompiledMethodCount().ToString(invariant),
            GC.GetTotalPauseDuration().TotalSeconds.ToString("0.000", invariant),
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
            (GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0)).ToString("0", invariant),
            jit?.OwnSeconds.ToString("0.000", invariant) ?? "-",
            jit?.OwnMethods.ToString(invariant) ?? "-",
        ];
        File.AppendAllText(output, string.Join('\t', fields) + "\n");
    }
}
