using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// References for reliability compilations: the framework, ParityKit.Annotations, and every library the analyzers
/// recognise that the test project has in its output folder (Microsoft.FeatureManagement, Microsoft.Extensions.*,
/// and EF Core, Dapper or SQLite once a test references them), so corpus inputs bind to the real reader and sink types.
/// </summary>
public static class CorpusReferences
{
    private static readonly string[] Prefixes =
    [
        "Microsoft.FeatureManagement", "Microsoft.Extensions.", "Microsoft.EntityFrameworkCore", "Dapper", "Microsoft.Data.Sqlite",
        "Microsoft.AspNetCore.", "Microsoft.JSInterop", "Npgsql",
    ];

    public static ImmutableArray<MetadataReference> All { get; } = TestReferences.All.AddRange(
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => Prefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)));
}
