using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Flags;

/// <summary>
/// What flag tests compile against: the real Microsoft.FeatureManagement 4.7.0 assembly, and minimal stand-ins for the
/// other vendors' readers with their exact namespaces, type and method names (ParityKit recognises readers by metadata
/// name, so the stand-ins are matched exactly as the real packages would be).
/// </summary>
public static class FlagTestSources
{
    public static MetadataReference FeatureManagement { get; } =
        MetadataReference.CreateFromFile(typeof(Microsoft.FeatureManagement.IFeatureManager).Assembly.Location);

    public const string OpenFeature = """
        namespace OpenFeature.Model
        {
            public sealed class EvaluationContext { }
            public sealed class FlagEvaluationOptions { }
            public sealed class FlagEvaluationDetails<T> { public T Value { get; set; } = default!; }
        }

        namespace OpenFeature
        {
            using System.Threading;
            using System.Threading.Tasks;
            using OpenFeature.Model;

            public interface IFeatureClient
            {
                Task<bool> GetBooleanValueAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<bool>> GetBooleanDetailsAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<string> GetStringValueAsync(string flagKey, string defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                void Track(string trackingEventName);
            }
        }
        """;

    public const string LaunchDarkly = """
        namespace LaunchDarkly.Sdk
        {
            public readonly struct Context { public static Context New(string key) => default; }
            public readonly struct EvaluationDetail<T> { public T Value { get; } }
        }

        namespace LaunchDarkly.Sdk.Server.Interfaces
        {
            using LaunchDarkly.Sdk;

            public interface ILdClient
            {
                bool BoolVariation(string key, Context context, bool defaultValue = false);
                EvaluationDetail<bool> BoolVariationDetail(string key, Context context, bool defaultValue);
                string StringVariation(string key, Context context, string defaultValue);
                void Track(string name, Context context);
            }
        }
        """;

    public const string Unleash = """
        namespace Unleash
        {
            public sealed class UnleashContext { }

            public interface IUnleash
            {
                bool IsEnabled(string toggleName);
                bool IsEnabled(string toggleName, bool defaultSetting);
                bool IsEnabled(string toggleName, UnleashContext context);
                bool IsEnabled(string toggleName, UnleashContext context, bool defaultSetting);
            }
        }
        """;

    public const string ConfigCat = """
        namespace ConfigCat.Client
        {
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class User { }

            public interface IConfigCatClient
            {
                T GetValue<T>(string key, T defaultValue, User? user = null);
                Task<T> GetValueAsync<T>(string key, T defaultValue, User? user = null, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>
    /// Microsoft.FeatureManagement.AspNetCore's <c>[FeatureGate]</c> and <c>WithFeatureGate</c> with their real signatures; the
    /// real types need ASP.NET Core, which these compilations do not reference (the sample build uses the real ones).
    /// </summary>
    public const string FeatureGate = """
        namespace Microsoft.FeatureManagement.Mvc
        {
            using System;
            using Microsoft.FeatureManagement;

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
            public class FeatureGateAttribute : Attribute
            {
                public FeatureGateAttribute(params string[] features) { }
                public FeatureGateAttribute(RequirementType requirementType, params string[] features) { }
                public FeatureGateAttribute(bool negate, params string[] features) { }
                public FeatureGateAttribute(params object[] features) { }
                public FeatureGateAttribute(RequirementType requirementType, params object[] features) { }
            }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public interface IEndpointConventionBuilder { }
        }

        namespace Microsoft.FeatureManagement.AspNetCore
        {
            using Microsoft.AspNetCore.Builder;

            public static class FeatureGateEndpointFilterExtensions
            {
                public static TBuilder WithFeatureGate<TBuilder>(this TBuilder builder, params string[] features) where TBuilder : IEndpointConventionBuilder => builder;
                public static TBuilder WithFeatureGate<TBuilder>(this TBuilder builder, RequirementType requirementType, params string[] features) where TBuilder : IEndpointConventionBuilder => builder;
            }
        }
        """;

    public static readonly string[] AllVendors = [OpenFeature, LaunchDarkly, Unleash, ConfigCat, FeatureGate];
}

/// <summary>Analyzer tests for the flag rules: net10.0, ParityKit.Annotations, Microsoft.FeatureManagement and the stand-ins.</summary>
public static class FlagVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static AnalyzerVerifier<TAnalyzer>.Test Create(string source)
    {
        AnalyzerVerifier<TAnalyzer>.Test test = AnalyzerVerifier<TAnalyzer>.Create(source);
        test.TestState.AdditionalReferences.Add(FlagTestSources.FeatureManagement);
        for (int i = 0; i < FlagTestSources.AllVendors.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Vendor{i}.cs", FlagTestSources.AllVendors[i]));
        }

        return test;
    }

    public static Task VerifyAsync(string source) => Create(source).RunAsync();
}

/// <summary>Code-fix tests for the flag rules, compiled like <see cref="FlagVerifier{TAnalyzer}"/>.</summary>
public static class FlagCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public static CodeFixVerifier<TAnalyzer, TCodeFix>.Test Create(string source, string fixedSource)
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AdditionalReferences.Add(FlagTestSources.FeatureManagement);
        test.FixedState.AdditionalReferences.Add(FlagTestSources.FeatureManagement);
        for (int i = 0; i < FlagTestSources.AllVendors.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Vendor{i}.cs", FlagTestSources.AllVendors[i]));
            test.FixedState.Sources.Add(($"/0/Vendor{i}.cs", FlagTestSources.AllVendors[i]));
        }

        return test;
    }
}
