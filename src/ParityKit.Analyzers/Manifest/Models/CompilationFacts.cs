using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>What the manifest needs to know about the compilation itself, reduced to values so the pipeline caches.</summary>
    /// <param name="AssemblyName">The assembly's name (the manifest's <c>app.assembly</c>).</param>
    /// <param name="ReferencesAnnotations">Whether ParityKit.Annotations is referenced; without it there is nothing to emit.</param>
    /// <param name="ReferencesConfiguration">Whether <c>IConfiguration</c> is available, for the <c>FindMissing(IConfiguration)</c> overload.</param>
    internal sealed record CompilationFacts(string AssemblyName, bool ReferencesAnnotations, bool ReferencesConfiguration)
    {
        public static CompilationFacts From(Compilation compilation) => new(
            compilation.AssemblyName ?? string.Empty,
            compilation.GetTypeByMetadataName(MetadataNames.ParityAppAttribute) is not null,
            compilation.GetTypeByMetadataName(MetadataNames.IConfiguration) is { DeclaredAccessibility: Accessibility.Public });
    }
}
