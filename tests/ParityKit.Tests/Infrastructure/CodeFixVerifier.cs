using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ParityKit.Tests.Infrastructure;

/// <summary>Code-fix tests: the fixed source must match and compile.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource) =>
        new Test { TestCode = source, FixedCode = fixedSource }.RunAsync();

    /// <summary>A fix test against the real Microsoft.Extensions.Configuration, binder and options assemblies.</summary>
    public static Task VerifyWithConfigurationAsync(string source, string fixedSource) =>
        new Test { TestCode = source, FixedCode = fixedSource }.WithConfiguration().RunAsync();

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            FixedState.AdditionalReferences.AddRange(TestReferences.All);
        }

        public Test WithConfiguration()
        {
            TestState.AdditionalReferences.AddRange(TestReferences.Configuration);
            FixedState.AdditionalReferences.AddRange(TestReferences.Configuration);
            return this;
        }
    }
}
