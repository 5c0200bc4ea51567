using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Flags;

namespace ParityKit.Tests.Flags;

/// <summary>appsettings.Production.json as a baseline source (PK4001), conflicts with code (PK9003), unreadable files (PK9004).</summary>
public class ProductionConfigurationTests
{
    [Fact]
    public Task A_flag_in_the_production_file_has_a_baseline()
    {
        var test = FlagVerifier<FlagReadAnalyzer>.Create("""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            class Checkout
            {
                async Task Run(IFeatureManager features)
                {
                    await features.IsEnabledAsync("NewCheckout");
                    await features.IsEnabledAsync("from-base-file");
                    await features.IsEnabledAsync("new-schema");
                    await features.IsEnabledAsync({|PK4001:"staging-only"|});
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """{ "FeatureManagement": { "from-base-file": true } }"""));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Production.json", """
            {
              "FeatureManagement": { "NewCheckout": false },
              "feature_management": { "feature_flags": [ { "id": "new-schema", "enabled": true } ] }
            }
            """));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Staging.json", """{ "FeatureManagement": { "staging-only": true } }"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_and_production_file_that_disagree_are_a_conflict()
    {
        var test = FlagVerifier<FlagDeclarationAnalyzer>.Create("""
            [assembly: {|PK9003:ParityKit.FlagBaseline("NewCheckout", true)|}]
            [assembly: ParityKit.FlagBaseline("Search", true, RolloutPercentage = 5)]
            """);
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Production.json", """
            { "FeatureManagement": {
                "NEWCHECKOUT": false,
                "Search": { "EnabledFor": [ { "Name": "Microsoft.Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": 5 } } } ] } } }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Unreadable_configuration_files_are_reported_where_parsing_stopped()
    {
        var test = FlagVerifier<FlagDeclarationAnalyzer>.Create("class App { }");
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Staging.json", "{\n  \"FeatureManagement\": { \"A\": tru }\n}"));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", "{ // comments and trailing commas are fine\n \"A\": [1, 2,], }"));
        test.TestState.AdditionalFiles.Add(("/app/appsettings.QA.json", "// a list is valid JSON, but not a configuration file\n  [ { \"A\": true } ]"));
        test.TestState.AdditionalFiles.Add(("/app/other.json", "not json"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK9004", DiagnosticSeverity.Warning)
            .WithSpan("/app/appsettings.Staging.json", 2, 31, 2, 31)
            .WithArguments("appsettings.Staging.json", "Unexpected 't'; a value was expected"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK9004", DiagnosticSeverity.Warning)
            .WithSpan("/app/appsettings.QA.json", 2, 3, 2, 3)
            .WithArguments("appsettings.QA.json", "the top-level value must be an object"));
        return test.RunAsync();
    }
}
