using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>One configuration read in the source, reduced to values: what it reads, in which file, at which line.</summary>
    /// <param name="Keys">The keys and sections it reads (run-time patterns left out: the manifest lists names it knows).</param>
    /// <param name="FilePath">The syntax tree's path as the compiler has it; made project-relative when the manifest is built.</param>
    /// <param name="Line">The 1-based line of the read.</param>
    /// <param name="IsEnvironmentVariable">Whether it is <c>Environment.GetEnvironmentVariable</c> (platform variables are skipped).</param>
    internal sealed record ReadSite(EquatableArray<ReadKey> Keys, string FilePath, int Line, bool IsEnvironmentVariable);
}
