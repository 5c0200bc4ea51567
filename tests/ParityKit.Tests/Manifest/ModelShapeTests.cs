using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Seeds.Models;
using ParityKit.Tests.Infrastructure;
using ParityKit.Tests.Reliability;

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
    public void Model_types_hold_no_compiler_objects_and_compare_by_value(Type type) => AssertModelType(type);

    /// <summary>
    /// Every generator in the assembly (found by reflection, so generators added later are covered), over inputs that
    /// reach all of their steps: each names its steps, and no value any named step produced holds a compiler object.
    /// </summary>
    [Fact]
    public void Every_generator_step_holds_no_compiler_objects()
    {
        GeneratorDriverRunResult run = AllGeneratorsRun.Value;
        Assert.Equal(ParityKitComponents.GeneratorTypes.Length, run.Results.Length);
        foreach (GeneratorRunResult generator in run.Results)
        {
            Assert.Null(generator.Exception);
            var steps = OwnSteps(generator).ToList();
            Assert.True(steps.Count > 0, $"{generator.Generator.GetGeneratorType().Name} names none of its steps (WithTrackingName), so no test can see its pipeline values");
            foreach ((string name, object? value) in steps)
            {
                try
                {
                    AssertNoRoslynObjects(value, depth: 0);
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException)
                {
                    throw new Xunit.Sdk.XunitException($"{generator.Generator.GetGeneratorType().Name}, step {name}: {e.Message}");
                }
            }
        }

        Assert.Superset(ManifestCachingTests.StepNames.ToHashSet(), run.Results.SelectMany(r => r.TrackedSteps.Keys).ToHashSet());
    }

    /// <summary>The same shape rules for every type, from our assembly, of a value any generator step produced.</summary>
    [Fact]
    public void Every_type_a_generator_step_produced_compares_by_value()
    {
        var roots = AllGeneratorsRun.Value.Results
            .SelectMany(OwnSteps)
            .Where(step => step.Value is not null)
            .SelectMany(step => WithTypeArguments(step.Value!.GetType()))
            .Distinct();
        List<Type> types = Reachable(roots).ToList();
        Assert.Contains(typeof(ManifestModel), types);
        Assert.All(types, AssertModelType);
    }

    private static readonly Lazy<GeneratorDriverRunResult> AllGeneratorsRun = new(() =>
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Storefront",
            CorpusSeeds.CSharp.Select(seed => CSharpSyntaxTree.ParseText(seed.Text, parseOptions, path: "/app/" + seed.Path)),
            CorpusReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<AdditionalText> files = CorpusSeeds.Json.Concat(CorpusSeeds.Markup)
            .Select(file => (AdditionalText)new GeneratorRunner.InMemoryText("/app/" + file.Path, file.Text))
            .ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            ParityKitComponents.CreateGenerators(),
            files,
            parseOptions,
            new CorpusOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Storefront", ["build_property.ProjectDir"] = "/app/" }, []),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        // Run, then edit: the second run's steps are Cached, Unchanged and Modified, each with its values.
        driver = driver.RunGenerators(compilation);
        SyntaxTree first = compilation.SyntaxTrees.First();
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(first, first.WithChangedText(first.GetText().Replace(0, 0, "// edited\n")))).GetRunResult();
    });

    /// <summary>
    /// Step names the compiler gives its own inputs and outputs (Compilation, SourceOutput, ...), and CompilationOptions,
    /// the internal input of its syntax providers.
    /// </summary>
    private static readonly HashSet<string> CompilerSteps = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Append("CompilationOptions")
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The values of a generator's own named steps: not the compiler's inputs and outputs, nor the internal steps of
    /// <c>ForAttributeWithMetadataName</c> ("…_ForAttribute…"), which carry syntax by design.
    /// </summary>
    private static IEnumerable<(string Name, object? Value)> OwnSteps(GeneratorRunResult generator) =>
        from step in generator.TrackedSteps.Concat(generator.TrackedOutputSteps)
        where !CompilerSteps.Contains(step.Key) && !step.Key.Contains("_ForAttribute", StringComparison.Ordinal)
        from execution in step.Value
        from output in execution.Outputs
        select (step.Key, output.Value);

    private static IEnumerable<Type> WithTypeArguments(Type type) =>
        new[] { type }.Concat(type.GetGenericArguments().SelectMany(WithTypeArguments));

    private static void AssertModelType(Type type)
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
