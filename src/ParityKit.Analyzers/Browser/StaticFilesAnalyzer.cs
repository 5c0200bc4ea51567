using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// PK5002 in C#: <c>UseStaticFiles()</c> in an app that never calls <c>MapStaticAssets()</c>, where the target framework
    /// has it (ASP.NET Core 9 and later). <c>UseStaticFiles</c> serves files under fixed URLs; <c>MapStaticAssets</c>
    /// fingerprints them at build time, so a deployment changes every changed file's URL.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StaticFilesAnalyzer : DiagnosticAnalyzer
    {
        internal const string StaticFileExtensions = "Microsoft.AspNetCore.Builder.StaticFileExtensions";
        internal const string StaticAssetsExtensions = "Microsoft.AspNetCore.Builder.StaticAssetsEndpointRouteBuilderExtensions";
        private const string MapStaticAssets = "MapStaticAssets";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnfingerprintedStaticFiles);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                Compilation compilation = start.Compilation;
                INamedTypeSymbol? staticFiles = compilation.GetTypeByMetadataName(StaticFileExtensions);
                if (staticFiles is null
                    || compilation.GetTypeByMetadataName(StaticAssetsExtensions) is null
                    || ParityKitOptions.ShouldSkipProject(compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                // Whether the app maps static assets anywhere: one syntactic pass, only once a UseStaticFiles call is seen.
                var mapsStaticAssets = new System.Lazy<bool>(() => CallsMapStaticAssets(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (invocation.TargetMethod.Name == "UseStaticFiles"
                            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, staticFiles)
                            && !mapsStaticAssets.Value)
                        {
                            operation.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.UnfingerprintedStaticFiles,
                                CallLocation(invocation.Syntax),
                                "UseStaticFiles() serves the app's static files",
                                "map them with MapStaticAssets() (keep UseStaticFiles() only for files it cannot map)"));
                        }
                    },
                    OperationKind.Invocation);
            });
        }

        /// <summary>From the method name to the end of the call: <c>UseStaticFiles()</c> in <c>app.UseStaticFiles()</c>.</summary>
        private static Location CallLocation(SyntaxNode syntax)
        {
            if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
            {
                return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, call.Span.End));
            }

            return syntax.GetLocation();
        }

        private static bool CallsMapStaticAssets(Compilation compilation)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax invocation && NameOf(invocation.Expression) == MapStaticAssets)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            _ => null,
        };
    }
}
