using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Manifest;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// Every analyzer and generator ParityKit.Analyzers ships, found by reflection as the compiler finds them (by their
/// <c>[DiagnosticAnalyzer]</c> and <c>[Generator]</c> attributes), so reliability tests cover rules added later.
/// </summary>
public static class ParityKitComponents
{
    public static Assembly Assembly { get; } = typeof(ManifestGenerator).Assembly;

    public static ImmutableArray<Type> AnalyzerTypes { get; } = Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
            && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Type> GeneratorTypes { get; } = Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttributes<GeneratorAttribute>().Any()
            && (typeof(IIncrementalGenerator).IsAssignableFrom(t) || typeof(ISourceGenerator).IsAssignableFrom(t)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Fresh instances of every analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>Fresh instances of every generator, as the driver takes them.</summary>
    public static ImmutableArray<ISourceGenerator> CreateGenerators() =>
        GeneratorTypes.Select(t => Activator.CreateInstance(t) switch
        {
            IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
            ISourceGenerator generator => generator,
            _ => throw new InvalidOperationException(t.FullName),
        }).ToImmutableArray();

    /// <summary>
    /// Every option key the analyzers read (<c>paritykit.*</c> and <c>build_property.*</c> constants anywhere in the
    /// assembly), so option fuzzing reaches options added later.
    /// </summary>
    public static ImmutableArray<string> OptionKeys { get; } = Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(v => v.StartsWith("paritykit.", StringComparison.Ordinal) || v.StartsWith("build_property.", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToImmutableArray();
}
