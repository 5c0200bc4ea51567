using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>A problem found while reading flag declarations, reported by <see cref="FlagDeclarationAnalyzer"/>.</summary>
    internal sealed class FlagDeclarationProblem
    {
        private FlagDeclarationProblem(DiagnosticDescriptor descriptor, Location location, object[] arguments)
        {
            Descriptor = descriptor;
            Location = location;
            Arguments = arguments;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Location Location { get; }

        public object[] Arguments { get; }

        public static FlagDeclarationProblem Malformed(Location location, string message) =>
            new(Descriptors.MalformedDeclaration, location, new object[] { message });

        public static FlagDeclarationProblem Duplicate(FlagDeclaration duplicate) =>
            new(Descriptors.DuplicateDeclaration, duplicate.Location, new object[] { "Flag baseline", duplicate.Key });

        public static FlagDeclarationProblem Conflict(FlagDeclaration reported, FlagDeclaration other) =>
            new(Descriptors.ConflictingFlagBaseline, reported.Location, new object[] { reported.Key, reported.State.ToString(), other.Origin, other.State.ToString() });

        public static FlagDeclarationProblem UnreadableJson(Location location, string fileName, string error) =>
            new(Descriptors.UnreadableJsonFile, location, new object[] { fileName, error });

        public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Arguments);
    }
}
