using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Tests.Infrastructure;

public class HarnessSmokeTests
{
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class LiteralAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("T0001", "t", "t", "t", DiagnosticSeverity.Warning, true);
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation())), SyntaxKind.StringLiteralExpression);
        }
    }

    [Fact]
    public Task Harness_compiles_against_net10_and_annotations() => AnalyzerVerifier<LiteralAnalyzer>.VerifyAsync("""
        [assembly: ParityKit.RequiresSetting({|T0001:"A:B"|})]
        class C { System.Collections.Generic.List<int> L = new(); System.Threading.Tasks.Task T = System.Threading.Tasks.Task.CompletedTask; }
        """);
}
