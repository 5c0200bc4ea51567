using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Settings;
using ParityKit.CodeFixes.Settings;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Settings;

/// <summary>PK3004 fix (remove the declaration nothing reads): the attribute, or its whole list when it is alone.</summary>
public class RemoveDeclarationCodeFixTests
{
    private const string Reader = """
        class C
        {
            string? M(IConfiguration configuration) => configuration["Checkout:Currency"];
        }
        """;

    /// <summary>
    /// PK3004 is reported at the end of the compilation, so it is a non-local diagnostic: the IDE shows it (and offers
    /// its fix) from full-solution analysis and builds, not from the open document's analysis. The testing library
    /// rejects fixes for such diagnostics unless told; <see cref="The_fix_is_offered_at_the_location_the_analyzer_reports"/>
    /// shows the fix needs nothing but the reported location.
    /// </summary>
    private static Task VerifyAsync(string source, string fixedSource) => Test(source, fixedSource).RunAsync();

    private static CodeFixVerifier<ConfigurationReadAnalyzer, RemoveDeclarationCodeFix>.Test Test(string source, string fixedSource)
    {
        var test = new CodeFixVerifier<ConfigurationReadAnalyzer, RemoveDeclarationCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        return test.WithConfiguration();
    }

    [Fact]
    public Task A_lone_attribute_goes_with_its_list_and_line() =>
        VerifyAsync($$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]
            // Region of the legacy warehouse.
            [assembly: {|PK3004:RequiresSetting("Legacy:Region")|}]
            [assembly: RequiresSecret("Checkout:Currency")]

            {{Reader}}
            """, $$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]
            // Region of the legacy warehouse.
            [assembly: RequiresSecret("Checkout:Currency")]

            {{Reader}}
            """);

    [Fact]
    public Task One_of_several_attributes_in_a_list_leaves_the_others() =>
        VerifyAsync($$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency"), {|PK3004:RequiresSecret("Legacy:ApiKey")|}]
            [assembly: {|PK3004:RequiresSecret("Legacy:Token")|}, ParityApp("storefront")]

            {{Reader}}
            """, $$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]
            [assembly: ParityApp("storefront")]

            {{Reader}}
            """);

    [Fact]
    public Task Fix_all_removes_every_unread_declaration() =>
        VerifyAsync($$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: {|PK3004:RequiresSetting("Legacy:Region")|}]
            [assembly: RequiresSetting("Checkout:Currency")]
            [assembly: {|PK3004:RequiresSecret("Legacy:ApiKey")|}]

            {{Reader}}
            """, $$"""
            using Microsoft.Extensions.Configuration;
            using ParityKit;

            [assembly: RequiresSetting("Checkout:Currency")]

            {{Reader}}
            """);

    /// <summary>
    /// PK3004 is reported at the end of the compilation; the IDE asks for fixes at the diagnostic's location, so the
    /// fix must be found from the location the analyzer reports (the attribute), with nothing else to go on.
    /// </summary>
    [Fact]
    public async Task The_fix_is_offered_at_the_location_the_analyzer_reports()
    {
        const string Source = """
            using ParityKit;

            [assembly: RequiresSecret("Legacy:ApiKey")]

            class C { }
            """;
        using var workspace = new AdhocWorkspace();
        Project project = workspace.CurrentSolution
            .AddProject("App", "App", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.All)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Document document = project.AddDocument("Declarations.cs", Source);

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConfigurationReadAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic unread = Assert.Single(diagnostics, d => d.Id == "PK3004");
        Assert.Equal("RequiresSecret(\"Legacy:ApiKey\")", Source.Substring(unread.Location.SourceSpan.Start, unread.Location.SourceSpan.Length));

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, unread, (action, _) => actions.Add(action), CancellationToken.None);
        await new RemoveDeclarationCodeFix().RegisterCodeFixesAsync(context);
        CodeAction fix = Assert.Single(actions);
        Assert.Equal("Remove the declaration", fix.Title);

        ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        string text = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Equal("""
            using ParityKit;

            class C { }
            """, text);
    }
}
