using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ParityKit.FixtureScaffolder;

/// <summary>
/// The migrations EF Core's scaffolder diffs against: the files scaffolded by the earlier steps, compiled in memory.
/// This is what the scaffolder reads from the project's built assembly when "dotnet ef migrations add" runs.
/// </summary>
internal sealed class CompiledMigrations : IMigrationsAssembly
{
    private readonly Type _contextType;

    public CompiledMigrations(Assembly? compiled, Type contextType)
    {
        _contextType = contextType;
        Assembly = compiled ?? contextType.Assembly;
        Migrations = compiled == null
            ? new SortedList<string, TypeInfo>()
            : new SortedList<string, TypeInfo>(
                compiled.DefinedTypes
                    .Where(t => t.IsSubclassOf(typeof(Migration)) && ForContext(t))
                    .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id),
                StringComparer.Ordinal);
        TypeInfo? snapshot = compiled?.DefinedTypes.SingleOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && ForContext(t));
        ModelSnapshot = snapshot == null ? null : (ModelSnapshot)Activator.CreateInstance(snapshot)!;
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations { get; }

    public ModelSnapshot? ModelSnapshot { get; }

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id.Substring(15), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass)!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool ForContext(TypeInfo type) => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;
}
