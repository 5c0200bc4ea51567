using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// Analyzer tests with <c>{|PK2001:text|}</c> markup, compiled against net10.0 and ParityKit.Annotations.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Test Create(string source) => new() { TestCode = source };

    public static Task VerifyAsync(string source) => Create(source).RunAsync();

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }

        /// <summary>References the real Microsoft.Extensions.Configuration, binder and options assemblies.</summary>
        public Test WithConfiguration()
        {
            TestState.AdditionalReferences.AddRange(TestReferences.Configuration);
            return this;
        }

        /// <summary>Adds an AdditionalFile, such as <c>appsettings.json</c>, as the package's build files do.</summary>
        public Test WithAdditionalFile(string path, string text)
        {
            TestState.AdditionalFiles.Add((path, text));
            return this;
        }

        /// <summary>Adds a root .editorconfig (or MSBuild property, as <c>build_property.X = Y</c>) line for the test.</summary>
        public Test WithGlobalConfig(string lines)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + lines + "\n"));
            return this;
        }
    }
}
