using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Tests.Infrastructure;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Browser.StaticFilesAnalyzer>;

namespace ParityKit.Tests.Browser;

/// <summary>PK5002 in C#: UseStaticFiles() where MapStaticAssets() is available and never called (real ASP.NET Core API).</summary>
public class StaticFilesAnalyzerTests
{
    [Fact]
    public Task UseStaticFiles_without_MapStaticAssets_fires_at_the_call()
    {
        var test = Create("""
            using Microsoft.AspNetCore.Builder;

            static class Pipeline
            {
                public static void Configure(WebApplication app)
                {
                    app.UseHttpsRedirection().{|#0:UseStaticFiles()|};
                    app.{|#1:UseStaticFiles("/uploads")|};
                }
            }
            """);
        foreach (int location in new[] { 0, 1 })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("PK5002", DiagnosticSeverity.Info).WithLocation(location).WithArguments(
                "UseStaticFiles() serves the app's static files",
                "map them with MapStaticAssets() (keep UseStaticFiles() only for files it cannot map)"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task MapStaticAssets_anywhere_in_the_app_is_enough()
    {
        var test = Create("""
            using Microsoft.AspNetCore.Builder;

            static class Pipeline
            {
                public static void Configure(WebApplication app) => app.UseStaticFiles();
            }
            """);
        test.TestState.Sources.Add(("/0/Endpoints.cs", """
            using Microsoft.AspNetCore.Builder;

            static class Endpoints
            {
                public static void Map(WebApplication app) => app.MapStaticAssets();
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_framework_without_MapStaticAssets_and_look_alike_methods_are_quiet() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Builder
        {
            public interface IApplicationBuilder { }
            public static class StaticFileExtensions
            {
                public static IApplicationBuilder UseStaticFiles(this IApplicationBuilder app) => app;
            }
        }

        static class Pipeline
        {
            static void UseStaticFiles() { }
            public static void Configure(Microsoft.AspNetCore.Builder.IApplicationBuilder app)
            {
                Microsoft.AspNetCore.Builder.StaticFileExtensions.UseStaticFiles(app);
                UseStaticFiles();
            }
        }
        """);

    [Fact]
    public Task Test_projects_are_skipped()
    {
        var test = Create("""
            using Microsoft.AspNetCore.Builder;
            static class Pipeline { public static void Configure(WebApplication app) => app.UseStaticFiles(); }
            """);
        test.WithGlobalConfig("build_property.IsTestProject = true");
        return test.RunAsync();
    }

    private static Verify.Test Create(string source)
    {
        Verify.Test test = Verify.Create(source);
        test.TestState.AdditionalReferences.AddRange(AspNetCoreReferences.All);
        return test;
    }
}
