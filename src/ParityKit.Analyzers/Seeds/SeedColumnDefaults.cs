using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// What EF Core inserts for a value-typed member a seed row leaves unset: the CLR default. The export writes it for
    /// required, non-generated columns, so a loader that is not .NET inserts the same row (a NOT NULL column without a
    /// database default would otherwise reject it). Types whose stored form ParityKit cannot know (enums, value
    /// converters) are left out.
    /// </summary>
    internal static class SeedColumnDefaults
    {
        public static SeedValue? For(string column, string? clrType) => clrType switch
        {
            "int" or "long" or "short" or "byte" or "sbyte" or "uint" or "ulong" or "ushort" or "decimal" or "double" or "float"
                => new SeedValue(column, SeedValueKind.Number, "0"),
            "bool" => new SeedValue(column, SeedValueKind.Boolean, "false"),
            "DateTime" => new SeedValue(column, SeedValueKind.String, "0001-01-01T00:00:00"),
            "DateTimeOffset" => new SeedValue(column, SeedValueKind.String, "0001-01-01T00:00:00+00:00"),
            "DateOnly" => new SeedValue(column, SeedValueKind.String, "0001-01-01"),
            "TimeOnly" or "TimeSpan" => new SeedValue(column, SeedValueKind.String, "00:00:00"),
            "Guid" => new SeedValue(column, SeedValueKind.String, "00000000-0000-0000-0000-000000000000"),
            _ => null,
        };
    }
}
