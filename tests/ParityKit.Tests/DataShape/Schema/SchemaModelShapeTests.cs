using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Tests.DataShape.Infrastructure;

namespace ParityKit.Tests.DataShape.Schema;

/// <summary>
/// The schema pipeline's values are plain, value-equatable data: no symbol, syntax node or compilation (which would
/// pin a compilation in memory and defeat caching), no ImmutableArray (which compares by reference).
/// </summary>
public class SchemaModelShapeTests
{
    /// <summary>Every record in the schema model's namespace (records have a compiler-generated <c>&lt;Clone&gt;$</c>).</summary>
    private static IEnumerable<Type> Records() => typeof(DatabaseSchema).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(DatabaseSchema).Namespace && !t.IsNested && t.GetMethod("<Clone>$") != null);

    public static TheoryData<Type> ModelTypes()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in Records())
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Records_hold_no_compiler_objects_and_compare_by_value(Type type)
    {
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Assert.NotEqual(typeof(Compilation).Assembly, field.FieldType.Assembly);
            Assert.NotEqual(typeof(CSharpCompilation).Assembly, field.FieldType.Assembly);
            Assert.False(field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ImmutableArray<>), $"{type.Name}.{field.Name}");
        }

        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
    }

    [Fact]
    public void The_record_types_are_found() =>
        Assert.Superset(
            new HashSet<Type> { typeof(DatabaseSchema), typeof(ContextSchema), typeof(MigrationOperation), typeof(SnapshotModel), typeof(SchemaChange) },
            Records().ToHashSet());

    [Fact]
    public void Reading_the_same_sources_twice_gives_equal_models()
    {
        DatabaseSchema first = SchemaCompilation.Generate(SchemaCompilation.Create(FixtureSources.MigrationsProject)).Schema!;
        DatabaseSchema second = SchemaCompilation.Generate(SchemaCompilation.Create(FixtureSources.MigrationsProject)).Schema!;
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotSame(first, second);
    }
}
