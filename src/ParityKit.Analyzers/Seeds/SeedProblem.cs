using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>Why a seed baseline cannot be generated or exported, and where (reported as PK9010 by the analyzer only).</summary>
    internal readonly struct SeedProblem
    {
        public SeedProblem(Location location, string message)
        {
            Location = location;
            Message = message;
        }

        public Location Location { get; }

        public string Message { get; }
    }
}
