using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// Reports malformed (PK9001), duplicate (PK9002) and conflicting (PK9003) flag baselines, and configuration files
    /// that are not valid JSON (PK9004). The problems are found once per compilation and reported per file, so the IDE
    /// shows them as the file is edited.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlagDeclarationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.MalformedDeclaration,
            Descriptors.DuplicateDeclaration,
            Descriptors.ConflictingFlagBaseline,
            Descriptors.UnreadableJsonFile);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            // Declarations are checked in test projects too: a malformed declaration is wrong wherever it is written.
            INamedTypeSymbol? baseline = start.Compilation.GetTypeByMetadataName(MetadataNames.BaselineAttribute);
            INamedTypeSymbol? featureFlags = start.Compilation.GetTypeByMetadataName(MetadataNames.FeatureFlagsAttribute);
            ImmutableArray<FlagDeclarationProblem> problems =
                FlagBaselines.For(start.Compilation, start.Options.AdditionalFiles, start.CancellationToken).Problems;

            if (!problems.IsEmpty)
            {
                start.RegisterSyntaxTreeAction(context =>
                {
                    foreach (FlagDeclarationProblem problem in problems)
                    {
                        if (problem.Location.SourceTree == context.Tree)
                        {
                            context.ReportDiagnostic(problem.ToDiagnostic());
                        }
                    }
                });
            }

            start.RegisterAdditionalFileAction(context =>
            {
                if (FlagConfigurationFiles.CheckReadable(context.AdditionalFile, context.CancellationToken) is { } unreadable)
                {
                    context.ReportDiagnostic(unreadable);
                }

                foreach (FlagDeclarationProblem problem in problems)
                {
                    if (problem.Location.Kind == LocationKind.ExternalFile
                        && problem.Location.GetLineSpan().Path == context.AdditionalFile.Path)
                    {
                        context.ReportDiagnostic(problem.ToDiagnostic());
                    }
                }
            });

            if (baseline != null && featureFlags != null)
            {
                start.RegisterSymbolAction(
                    context =>
                    {
                        var field = (IFieldSymbol)context.Symbol;
                        if (FlagReaderSymbols.HasAttribute(field, baseline) && !field.Locations.IsEmpty
                            && !FlagReaderSymbols.HasAttribute(field.ContainingType, featureFlags))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.MalformedDeclaration,
                                field.Locations[0],
                                $"[Baseline] on '{field.Name}' is ignored: its class '{field.ContainingType.Name}' is not marked [FeatureFlags]"));
                        }
                    },
                    SymbolKind.Field);
            }
        }
    }
}
