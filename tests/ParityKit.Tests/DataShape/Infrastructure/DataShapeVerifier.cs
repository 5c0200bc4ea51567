using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.DataShape.Infrastructure;

/// <summary>
/// Analyzer tests for the data-shape rules: compiled with EF Core, SQLite and Dapper, and with the schema summary
/// generator running as it does in a real build (the analyzers read the schema from the summary it embeds).
/// </summary>
public static class DataShapeVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A test whose compilation holds the fixture migrations project plus <paramref name="appSource"/>.</summary>
    public static Test WithFixtures(string appSource)
    {
        var test = new Test();
        foreach ((string path, string content) in FixtureSources.MigrationsProject)
        {
            test.TestState.Sources.Add((path, content));
        }

        test.TestState.Sources.Add(("/App/App.cs", appSource));
        return test;
    }

    public static Task VerifyWithFixturesAsync(string appSource) => WithFixtures(appSource).RunAsync();

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(DataShapeReferences.All);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        public Test WithGlobalConfig(string lines)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + lines + "\n"));
            return this;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(SchemaSummaryGenerator)];
    }
}

/// <summary>Code-fix tests for the data-shape rules, with the schema summary generator running.</summary>
public static class DataShapeCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyWithFixturesAsync(string appSource, string fixedAppSource)
    {
        var test = new Test { TestCode = appSource, FixedCode = fixedAppSource };
        foreach ((string path, string content) in FixtureSources.MigrationsProject)
        {
            test.TestState.Sources.Add((path, content));
            test.FixedState.Sources.Add((path, content));
        }
        return test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(DataShapeReferences.All);
            FixedState.AdditionalReferences.AddRange(DataShapeReferences.All);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(SchemaSummaryGenerator)];
    }
}
