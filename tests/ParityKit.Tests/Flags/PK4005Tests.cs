using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Flags;

namespace ParityKit.Tests.Flags;

/// <summary>PK4005: a non-production appsettings.{Env}.json sets a flag differently from the production baseline.</summary>
public class PK4005Tests
{
    private const string Code = """
        using ParityKit;

        [assembly: FlagBaseline("NewCheckout", false)]
        [assembly: FlagBaseline("DarkMode", true)]
        [assembly: FlagBaseline("FastSearch", true, RolloutPercentage = 10)]
        """;

    private static AnalyzerVerifierTest Create(string code, params (string Path, string Json)[] files)
    {
        var test = FlagVerifier<EnvironmentFlagDriftAnalyzer>.Create(code);
        foreach ((string path, string json) in files)
        {
            test.TestState.AdditionalFiles.Add((path, json));
        }

        return new AnalyzerVerifierTest(test);
    }

    private static DiagnosticResult Drift(string path, int line, int column, int endLine, int endColumn, string key, string set, string baseline) =>
        new DiagnosticResult("PK4005", DiagnosticSeverity.Warning)
            .WithSpan(path, line, column, endLine, endColumn)
            .WithArguments(Path.GetFileName(path), key, set, baseline);

    [Fact]
    public Task Fires_at_the_json_line_of_each_drifting_flag()
    {
        AnalyzerVerifierTest test = Create(Code, ("/app/appsettings.Staging.json", """
            {
              // turned on for one test in March
              "FeatureManagement": {
                "NewCheckout": true,
                "DarkMode": true,
                "FastSearch": {
                  "EnabledFor": [ { "Name": "Microsoft.Percentage", "Parameters": { "Value": 100 } } ]
                },
                "NotDeclared": true
              }
            }
            """));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.Staging.json", 4, 5, 4, 24, "NewCheckout", "on", "off ([assembly: FlagBaseline])"));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.Staging.json", 6, 5, 6, 17, "FastSearch", "on", "on for 10% of users ([assembly: FlagBaseline])"));
        return test.RunAsync();
    }

    [Fact]
    public Task Reads_the_microsoft_schema_and_compares_keys_case_insensitively()
    {
        AnalyzerVerifierTest test = Create(Code, ("/app/appsettings.QA.json", """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "newcheckout", "enabled": true },
                  { "id": "DarkMode", "enabled": false },
                  { "id": "FastSearch", "enabled": true, "conditions": { "client_filters": [
                    { "name": "Microsoft.Targeting", "parameters": { "Audience": { "DefaultRolloutPercentage": 10 } } } ] } }
                ]
              }
            }
            """));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.QA.json", 4, 41, 4, 45, "newcheckout", "on", "off ([assembly: FlagBaseline])"));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.QA.json", 5, 38, 5, 43, "DarkMode", "off", "on ([assembly: FlagBaseline])"));
        return test.RunAsync();
    }

    [Fact]
    public Task Compares_with_the_production_configuration_file_as_baseline()
    {
        AnalyzerVerifierTest test = Create(
            "class App { }",
            ("/app/appsettings.json", """{ "FeatureManagement": { "Banner": true, "Legacy": true } }"""),
            ("/app/appsettings.Production.json", """{ "FeatureManagement": { "Banner": false } }"""),
            ("/app/appsettings.Staging.json", """{ "FeatureManagement": { "Banner": true, "Legacy": true } }"""));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.Staging.json", 1, 26, 1, 40, "Banner", "on", "off (appsettings.Production.json(1))"));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_fire_for_production_the_base_file_ignored_environments_or_agreeing_values()
    {
        AnalyzerVerifierTest test = Create(
            Code,
            ("/app/appsettings.json", """{ "FeatureManagement": { "NewCheckout": false } }"""),
            ("/app/appsettings.Production.json", """{ "FeatureManagement": { "NewCheckout": false } }"""),
            ("/app/appsettings.Development.json", """{ "FeatureManagement": { "NewCheckout": true } }"""),
            ("/app/appsettings.Staging.json", """{ "FeatureManagement": { "NewCheckout": "False", "DarkMode": { "EnabledFor": true }, "FastSearch": { "EnabledFor": [ { "Name": "Microsoft.TimeWindow" } ] } } }"""),
            ("/app/settings.Staging.json", """{ "FeatureManagement": { "NewCheckout": true } }"""));
        test.Inner.WithGlobalConfig("paritykit.flag_drift_ignored_environments = Development, Local");
        return test.RunAsync();
    }

    [Fact]
    public Task Checks_development_by_default()
    {
        AnalyzerVerifierTest test = Create(Code, ("/app/appsettings.Development.json", """{ "FeatureManagement": { "NewCheckout": true } }"""));
        test.Inner.ExpectedDiagnostics.Add(Drift("/app/appsettings.Development.json", 1, 26, 1, 45, "NewCheckout", "on", "off ([assembly: FlagBaseline])"));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_fire_in_test_projects_or_on_broken_json()
    {
        AnalyzerVerifierTest test = Create(
            Code,
            ("/app/appsettings.Staging.json", """{ "FeatureManagement": { "NewCheckout": true """),
            ("/app/appsettings.Empty.json", ""));
        return test.RunAsync();
    }

    /// <summary>Lets a test add expected diagnostics in additional files before running.</summary>
    private sealed class AnalyzerVerifierTest(Infrastructure.AnalyzerVerifier<EnvironmentFlagDriftAnalyzer>.Test inner)
    {
        public Infrastructure.AnalyzerVerifier<EnvironmentFlagDriftAnalyzer>.Test Inner { get; } = inner;

        public Task RunAsync() => Inner.RunAsync();
    }
}
