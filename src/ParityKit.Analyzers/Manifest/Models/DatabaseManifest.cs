using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>
    /// The manifest's <c>database</c> section: one DbContext's provider, migrations in order, latest migration, the
    /// tables and columns they produce, and a hash of that schema (<c>sha256:</c> + hex).
    /// </summary>
    internal sealed record DatabaseManifest(
        string Provider,
        string Context,
        EquatableArray<string> Migrations,
        string? LatestMigration,
        string SchemaHash,
        EquatableArray<SchemaTable> Tables);
}
