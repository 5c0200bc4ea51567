using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;
using ParityKit.Analyzers.Seeds;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// PK4006: for every flag whose production baseline is a percentage rollout, works out which accounts of each seed
    /// baseline land inside it — with Microsoft.FeatureManagement's own targeting assignment
    /// (<see cref="TargetingAssignment"/>) over the rows' <c>[TargetingId]</c> member — and warns, at the flag's baseline
    /// declaration, when all of them land on one side.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SeedCohortAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SeedCohortOnOneSide);

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

                var cohorts = new ConcurrentBag<SeedCohort>();
                start.RegisterSymbolAction(c => Collect(c, seedBaseline, cohorts), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(c => Report(c, cohorts));
            });
        }

        private static void Collect(SymbolAnalysisContext context, INamedTypeSymbol seedBaseline, ConcurrentBag<SeedCohort> cohorts)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (SeedAttribute.Find(type, seedBaseline) is not { } attribute
                || SeedReader.Read(type, attribute, context.Compilation, context.CancellationToken).Model is not { } seed)
            {
                return;
            }

            var ids = new List<string>();
            foreach (SeedRowSet set in seed.Sets)
            {
                if (set.TargetingMember == null)
                {
                    continue;
                }

                foreach (SeedRow row in set.Rows)
                {
                    foreach (SeedValue value in row.Values)
                    {
                        if (value.Member == set.TargetingMember && value.Kind == SeedValueKind.String)
                        {
                            ids.Add(value.Text);
                        }
                    }
                }
            }

            if (ids.Count > 0)
            {
                cohorts.Add(new SeedCohort(seed.Name, ids));
            }
        }

        private static void Report(CompilationAnalysisContext context, ConcurrentBag<SeedCohort> collected)
        {
            if (collected.IsEmpty)
            {
                return;
            }

            var cohorts = new List<SeedCohort>(collected);
            cohorts.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            FlagBaselines baselines = FlagBaselines.For(context.Compilation, context.Options.AdditionalFiles, context.CancellationToken);
            foreach (FlagDeclaration declaration in baselines.Declarations)
            {
                if (!declaration.State.IsPartialRollout
                    || !baselines.TryGet(declaration.Key, out FlagDeclaration winner)
                    || !ReferenceEquals(winner, declaration))
                {
                    continue;
                }

                int percentage = declaration.State.RolloutPercentage;
                foreach (SeedCohort cohort in cohorts)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    int inside = 0;
                    foreach (string id in cohort.TargetingIds)
                    {
                        if (TargetingAssignment.IsTargeted(id, declaration.Key, percentage))
                        {
                            inside++;
                        }
                    }

                    if (inside == 0 || inside == cohort.TargetingIds.Count)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.SeedCohortOnOneSide,
                            declaration.Location,
                            declaration.Key,
                            percentage.ToString(CultureInfo.InvariantCulture),
                            inside.ToString(CultureInfo.InvariantCulture),
                            cohort.TargetingIds.Count.ToString(CultureInfo.InvariantCulture),
                            cohort.Name,
                            inside == 0 ? "on" : "off"));
                    }
                }
            }
        }

        private sealed class SeedCohort
        {
            public SeedCohort(string name, List<string> targetingIds)
            {
                Name = name;
                TargetingIds = targetingIds;
            }

            public string Name { get; }

            public List<string> TargetingIds { get; }
        }
    }
}
