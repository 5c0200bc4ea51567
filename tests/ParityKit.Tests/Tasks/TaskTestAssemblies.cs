using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using ParityKit.Tests.Infrastructure;
using ParityKit.Tests.Manifest;

namespace ParityKit.Tests.Tasks;

/// <summary>Real assemblies on disk for the task to read: built with the generator, without it, or damaged.</summary>
internal static class TaskTestAssemblies
{
    /// <summary>Compiles <paramref name="source"/> with the manifest generator and writes the assembly; returns the embedded JSON.</summary>
    public static string EmitWithManifest(string path, string? source = null)
    {
        ManifestRun run = ManifestRun.Of(source ?? ManifestSamples.FullSet);
        Emit(run.Output, path);
        return run.Json!;
    }

    /// <summary>Compiles <paramref name="source"/> as is, without the generator.</summary>
    public static void EmitPlain(string path, string source) =>
        Emit(
            CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(path),
                [CSharpSyntaxTree.ParseText(source)],
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)),
            path);

    private static void Emit(Compilation compilation, string path)
    {
        EmitResult result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
