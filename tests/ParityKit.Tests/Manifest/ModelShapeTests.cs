using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Seeds.Models;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>
/// Pipeline values must be plain, value-equatable data: a symbol, syntax node, location or compilation in one pins the
/// compilation in memory and defeats caching.
/// </summary>
public class ModelShapeTests
{
    private static readonly Assembly[] RoslynAssemblies =
    [
        typeof(Compilation).Assembly,
        typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly,
    ];

    public static TheoryData<Type> ModelTypes()
    {
        // The models, and the values the feature-flag steps carry before they become FeatureFlagEntry models.
        var roots = typeof(ManifestModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ManifestModel).Namespace && !t.IsNested)
            .Concat([typeof(DeclaredFlag), typeof(FlagReadSite), typeof(ProductionFlagFile), typeof(ConfiguredFlag)])
            .Concat(typeof(SeedBaselineModel).Assembly.GetTypes().Where(t => t.Namespace == typeof(SeedBaselineModel).Namespace && !t.IsNested));
        var data = new TheoryData<Type>();
        foreach (Type type in Reachable(roots))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Model_types_hold_no_compiler_objects_and_compare_by_value(Type type)
    {
        foreach (FieldInfo field in InstanceFields(type))
        {
            Assert.False(IsFromRoslyn(field.FieldType), $"{type.Name}.{field.Name} is a {field.FieldType}, a compiler type");
            bool immutableArrayInside = field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
            Assert.False(immutableArrayInside && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>)),
                $"{type.Name}.{field.Name} is an ImmutableArray, which compares by reference; use EquatableArray");
        }

        Assert.True(
            type.IsEnum || type.IsPrimitive || type == typeof(string)
            || type.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(type)),
            $"{type} does not implement IEquatable<{type.Name}>");
    }

    [Fact]
    public void Every_value_the_pipeline_produced_is_free_of_compiler_objects()
    {
        ManifestRun run = ManifestRun.Of(ManifestSamples.FullSetWithFlags());
        var values = run.RunResult.TrackedSteps
            .Where(s => ManifestCachingTests.StepNames.Contains(s.Key))
            .SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .Select(o => o.Value)
            .ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => AssertNoRoslynObjects(value, depth: 0));
    }

    [Fact]
    public void Every_value_the_seed_pipeline_produced_is_free_of_compiler_objects()
    {
        var values = Seeds.SeedRun.Of(Seeds.SeedSamples.Project()).RunResult.Results
            .SelectMany(r => r.TrackedSteps)
            .Where(s => Seeds.SeedCachingTests.StepNames.Contains(s.Key))
            .SelectMany(s => s.Value)
            .SelectMany(s => s.Outputs)
            .Select(o => o.Value)
            .ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => AssertNoRoslynObjects(value, depth: 0));
    }

    private static void AssertNoRoslynObjects(object? value, int depth)
    {
        if (value is null || value is string || depth > 8 || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(IsFromRoslyn(value.GetType()), $"A pipeline value holds a {value.GetType()}");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, depth + 1);
            }
        }

        foreach (FieldInfo field in InstanceFields(value.GetType()))
        {
            AssertNoRoslynObjects(field.GetValue(value), depth + 1);
        }
    }

    /// <summary>The model types and every type their fields (and type arguments) reach, from our own assembly.</summary>
    private static IEnumerable<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.Count > 0)
        {
            Type type = pending.Pop();
            if (type.Assembly != typeof(ManifestModel).Assembly || !seen.Add(type))
            {
                continue;
            }

            foreach (FieldInfo field in InstanceFields(type))
            {
                pending.Push(field.FieldType);
                foreach (Type argument in field.FieldType.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }

        return seen.OrderBy(t => t.FullName);
    }

    private static IEnumerable<FieldInfo> InstanceFields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    private static bool IsFromRoslyn(Type type) =>
        RoslynAssemblies.Contains(type.Assembly)
        || type.Assembly.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
        || type.GetGenericArguments().Any(IsFromRoslyn);
}
