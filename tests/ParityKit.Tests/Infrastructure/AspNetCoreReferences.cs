using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// The real ASP.NET Core API (static files, MapStaticAssets, IJSRuntime, ProtectedBrowserStorage) for browser-rule tests:
/// the SDK's own targeting pack next to the running runtime, else the installed shared framework. Nothing is downloaded.
/// </summary>
public static class AspNetCoreReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

    public static ImmutableArray<MetadataReference> All => References.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet
        string dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string? directory = Newest(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref"), Path.Combine("ref", "net10.0"))
            ?? Newest(Path.Combine(dotnetRoot, "shared", "Microsoft.AspNetCore.App"), string.Empty)
            ?? throw new InvalidOperationException("No ASP.NET Core targeting pack or shared framework under " + dotnetRoot);

        return Directory.GetFiles(directory, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static string? Newest(string root, string below) =>
        Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out _))
                .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
                .Select(d => Path.Combine(d, below))
                .FirstOrDefault(Directory.Exists)
            : null;
}
