using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ParityKit.FixtureScaffolder;

/// <summary>
/// Hands EF Core the step's fixed id instead of a timestamp taken from the clock, so that scaffolding the same
/// sequence twice gives the same files. Ids keep EF Core's own shape: 14 digits, an underscore, the name.
/// </summary>
internal sealed class FixedMigrationIds(string migrationId) : IMigrationsIdGenerator
{
    public string GenerateId(string name) =>
        GetName(migrationId) == name ? migrationId : throw new InvalidOperationException($"Step {migrationId} was asked for '{name}'.");

    public string GetName(string id) => id.Substring(15);

    public bool IsValidId(string value) =>
        value.Length > 15 && value[14] == '_' && long.TryParse(value.AsSpan(0, 14), NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
