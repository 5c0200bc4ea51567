using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// PK9010: a <c>[SeedBaseline]</c> class ParityKit cannot complete (not a top-level static partial class, an invalid
    /// name) or cannot export (a row method that does not return its rows directly, a value that is not a constant).
    /// The same <see cref="SeedReader"/> the generator uses decides, so the two never disagree.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SeedBaselineAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SeedNotGenerated);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? seedBaseline = start.Compilation.GetTypeByMetadataName(MetadataNames.SeedBaselineAttribute);
                if (seedBaseline == null || ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                start.RegisterSymbolAction(c => Analyze(c, seedBaseline), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol seedBaseline)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (SeedAttribute.Find(type, seedBaseline) is not { } attribute)
            {
                return;
            }

            foreach (SeedProblem problem in SeedReader.Read(type, attribute, context.Compilation, context.CancellationToken).Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SeedNotGenerated, problem.Location, problem.Message));
            }
        }
    }

    internal static class SeedAttribute
    {
        /// <summary>The type's own <c>[SeedBaseline]</c> attribute, if it has one.</summary>
        public static AttributeData? Find(INamedTypeSymbol type, INamedTypeSymbol seedBaseline)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, seedBaseline))
                {
                    return attribute;
                }
            }

            return null;
        }
    }
}
