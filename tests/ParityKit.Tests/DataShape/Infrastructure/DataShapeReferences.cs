using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.DataShape.Infrastructure;

/// <summary>References for data-shape test compilations: net10.0 and the annotations, plus EF Core (relational, SQLite), Microsoft.Data.Sqlite and Dapper.</summary>
public static class DataShapeReferences
{
    public static ImmutableArray<MetadataReference> EntityFramework { get; } =
    [
        MetadataReference.CreateFromFile(typeof(DbContext).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DeleteBehavior).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Migration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(SqliteDbContextOptionsBuilderExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Data.Sqlite.SqliteCommand).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Dapper.SqlMapper).Assembly.Location),
    ];

    public static ImmutableArray<MetadataReference> All { get; } = TestReferences.All.AddRange(EntityFramework);
}
