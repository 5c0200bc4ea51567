using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>The MigrationBuilder calls that change the shape ParityKit checks against. Everything else is skipped.</summary>
    internal enum MigrationOperationKind
    {
        EnsureSchema,
        CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumn,
    }

    /// <summary>
    /// One schema-changing call in a migration's <c>Up</c>, with its constant arguments. <see cref="Name"/> is the
    /// table for table operations and the column for column operations; <see cref="Table"/> is set for column
    /// operations. A null <see cref="Schema"/> means the default schema.
    /// </summary>
    internal sealed record MigrationOperation(
        MigrationOperationKind Kind,
        string Name,
        string? Table,
        string? Schema,
        string? NewName,
        string? NewSchema,
        string? StoreType,
        bool Nullable,
        EquatableArray<SchemaColumn> Columns);

    /// <summary>A migration class's identity: <c>[Migration("id")]</c> and the context of its <c>[DbContext(typeof(X))]</c>.</summary>
    internal sealed record MigrationHeader(string TypeName, string Id, string Context);

    /// <summary>The operations of a migration class's <c>Up</c> method, in source order.</summary>
    internal sealed record MigrationBody(string TypeName, EquatableArray<MigrationOperation> Operations);
}
