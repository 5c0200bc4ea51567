namespace ParityKit.Workload;

/// <summary>A vendor the workload's HTTP clients talk to: its live base URL, and a sandbox one where the vendor has it.</summary>
public sealed record Vendor(string Name, string ConfigPrefix, string Live, string? Sandbox, string SamplePath);

/// <summary>One mapped property of an entity: its CLR type, its column (as of the latest migration) and SQLite type.</summary>
public sealed record Column(string Property, string ClrType, string SqlType, bool Nullable, string ColumnName)
{
    /// <summary>The column's name when its table was created (differs when a later migration renamed it).</summary>
    public string CreatedName { get; init; } = ColumnName;

    public bool IsKey => Property == "Id";

    /// <summary>The type argument EF's scaffolder writes in <c>table.Column&lt;T&gt;</c> (nullable value types without '?').</summary>
    public string MigrationType => ClrType.TrimEnd('?');

    /// <summary>Whether the snapshot marks it <c>.IsRequired()</c> (non-nullable reference types).</summary>
    public bool SnapshotRequired => !Nullable && ClrType == "string";
}

/// <summary>A rename of one column by a later migration: the story PK1001 is about.</summary>
public sealed record ColumnRename(Column Column, string OldName, string NewName);

/// <summary>
/// One feature area of the app: an entity with its table, configuration, repositories (EF Core, Dapper, ADO.NET), an
/// HTTP client, settings, flags, endpoints and a Razor page.
/// </summary>
public sealed class Module
{
    public required int Index { get; init; }

    /// <summary>The feature area, e.g. <c>Billing12</c> (namespaces, settings sections, flag prefixes, page routes).</summary>
    public required string Area { get; init; }

    /// <summary>The entity, e.g. <c>Invoice12</c>.</summary>
    public required string Entity { get; init; }

    /// <summary>The <c>DbSet</c> property, e.g. <c>Invoice12Items</c>.</summary>
    public string DbSet => Entity + "Items";

    public required string Table { get; init; }

    public required IReadOnlyList<Column> Columns { get; init; }

    public required Vendor Vendor { get; init; }

    /// <summary>Whether the HTTP client hard-codes the vendor's sandbox (a PK2001 finding; rare).</summary>
    public bool HardCodedSandbox { get; init; }

    public ColumnRename? Rename { get; init; }

    /// <summary>Whether one query still names the column before its rename (a PK1001 finding; rare).</summary>
    public bool StaleSql { get; init; }

    /// <summary>Whether one setting is read without a declaration (a PK3001 finding; rare).</summary>
    public bool UndeclaredSetting { get; init; }

    /// <summary>Whether the page's script has no <c>asp-append-version</c> (a PK5002 finding; rare).</summary>
    public bool UnversionedScript { get; init; }

    /// <summary>Whether the page's script keeps state in localStorage (a PK5003 candidate).</summary>
    public bool UsesLocalStorage { get; init; }

    public required int PageSize { get; init; }

    public required int RolloutPercentage { get; init; }

    public string Lower => Area.ToLowerInvariant();

    public string NewListFlag => Lower + "-new-list";

    public string FastExportFlag => Lower + "-fast-export";

    /// <summary>Declared in appsettings.Production.json, not in code.</summary>
    public string ThemeFlag => Lower + "-theme";

    public IEnumerable<Column> NonKeyColumns => Columns.Where(c => !c.IsKey);

    public Column FirstText => NonKeyColumns.FirstOrDefault(c => c.ClrType == "string") ?? Columns[0];

    public Column? FirstNumber => NonKeyColumns.FirstOrDefault(c => c.ClrType is "int" or "long" or "decimal" or "double");

    public Column? FirstDate => NonKeyColumns.FirstOrDefault(c => c.ClrType.StartsWith("DateTime", StringComparison.Ordinal));

    public Column? FirstFlag => NonKeyColumns.FirstOrDefault(c => c.ClrType == "bool");
}

/// <summary>A migration: the tables it creates, or the one column it renames.</summary>
public sealed record Migration(string Id, string Name, IReadOnlyList<Module> Creates, Module? RenameIn);

/// <summary>A generated file: its path relative to the workload folder, with '/' separators, and its text.</summary>
public sealed record WorkloadFile(string Path, string Content)
{
    /// <summary>Whether the compiler reads it (C#, or Razor through the Razor generator): what <c>--files</c> counts.</summary>
    public bool IsSource => Path.EndsWith(".cs", StringComparison.Ordinal) || Path.EndsWith(".cshtml", StringComparison.Ordinal);
}
