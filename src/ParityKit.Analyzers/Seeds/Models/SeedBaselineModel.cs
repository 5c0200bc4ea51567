using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Seeds.Models
{
    /// <summary>The rows of one table in a seed export.</summary>
    internal sealed record SeedTableRows(string Table, int Rows);

    /// <summary>
    /// A seed baseline checked against the schema: the migration it was checked against (the latest migration of the
    /// context its entities belong to; null when no schema knows them), its content hash and export JSON (null when
    /// it is not exportable), and its tables principal-first with their row counts. <see cref="SetOrder"/> lists the
    /// row methods in that order.
    /// </summary>
    internal sealed record SeedBaselineModel(
        SeedClassModel Source,
        string? Migration,
        string? Hash,
        string? ExportJson,
        EquatableArray<SeedTableRows> Tables,
        EquatableArray<string> SetOrder);

    /// <summary>The manifest's entry for a seed baseline.</summary>
    internal sealed record SeedManifestEntry(string Name, string? Migration, string Hash, EquatableArray<SeedTableRows> Rows);
}
