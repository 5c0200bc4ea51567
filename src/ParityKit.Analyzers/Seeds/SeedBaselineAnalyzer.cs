using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// PK9011: two seeds with one name. PK9010: a <c>[SeedBaseline]</c> class ParityKit cannot complete (not a top-level static partial class, an invalid
    /// or repeated name) or cannot export (a row method that does not return its rows directly, a value that is not a constant).
    /// The same <see cref="SeedReader"/> the generator uses decides, so the two never disagree.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SeedBaselineAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SeedNotGenerated, Descriptors.DuplicateSeedName);

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

                var named = new ConcurrentBag<(string Name, string Type, Location Location)>();
                start.RegisterSymbolAction(c => Analyze(c, seedBaseline, named), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(c => ReportDuplicates(c, named));
            });
        }

        /// <summary>
        /// Two seeds with one name would write one export file: the manifest and the export keep the seed whose class
        /// comes first by full name; every other one is reported.
        /// </summary>
        private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentBag<(string Name, string Type, Location Location)> named)
        {
            foreach (IGrouping<string, (string Name, string Type, Location Location)> group in named.GroupBy(n => n.Name, StringComparer.Ordinal))
            {
                var ordered = group.OrderBy(n => n.Type, StringComparer.Ordinal).ToList();
                for (int i = 1; i < ordered.Count; i++)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateSeedName, ordered[i].Location, group.Key, ordered[0].Type));
                }
            }
        }

        private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol seedBaseline, ConcurrentBag<(string Name, string Type, Location Location)> named)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (SeedAttribute.Find(type, seedBaseline) is not { } attribute)
            {
                return;
            }

            SeedReadResult result = SeedReader.Read(type, attribute, context.Compilation, context.CancellationToken);
            foreach (SeedProblem problem in result.Problems)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SeedNotGenerated, problem.Location, problem.Message));
            }

            if (result.Model is { Exportable: true } model)
            {
                named.Add((model.Name, model.FullName,
                    attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations[0]));
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
