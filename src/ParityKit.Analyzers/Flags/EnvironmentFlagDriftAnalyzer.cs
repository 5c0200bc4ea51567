using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// PK4005: reads every non-production <c>appsettings.{Environment}.json</c> in AdditionalFiles and reports each flag
    /// it sets differently from the production baseline, at the line in the JSON file. Environments listed in
    /// <c>paritykit.flag_drift_ignored_environments</c> are skipped.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EnvironmentFlagDriftAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EnvironmentFlagDrift);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            if (start.Options.AdditionalFiles.IsEmpty
                || ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            ImmutableArray<string> ignored = ParityKitOptions.SplitList(
                ParityKitOptions.GetGlobal(start.Options.AnalyzerConfigOptionsProvider, ParityKitOptions.FlagDriftIgnoredEnvironments));
            start.RegisterAdditionalFileAction(context =>
            {
                if (!FlagConfigurationFiles.TryGetEnvironment(context.AdditionalFile.Path, out string environment)
                    || environment.Length == 0
                    || string.Equals(environment, FlagConfigurationFiles.ProductionEnvironment, StringComparison.OrdinalIgnoreCase)
                    || Contains(ignored, environment)
                    || FlagConfigurationFiles.Read(context.AdditionalFile, context.CancellationToken) is not { Flags.Count: > 0 } file)
                {
                    return;
                }

                // Only needed once an environment file sets a flag; shared with the other flag analyzers.
                FlagBaselines baselines = FlagBaselines.For(context.Compilation, context.Options.AdditionalFiles, context.CancellationToken);

                foreach (ConfiguredFlag flag in file.Flags)
                {
                    if (baselines.TryGet(flag.Key, out FlagDeclaration? baseline) && baseline.State.DiffersFrom(flag.State))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.EnvironmentFlagDrift,
                            file.LocationOf(flag.Start, flag.Length),
                            file.FileName,
                            flag.Key,
                            flag.State.ToString(),
                            baseline.State + " (" + baseline.Origin + ")"));
                    }
                }
            });
        }

        private static bool Contains(ImmutableArray<string> environments, string environment)
        {
            foreach (string candidate in environments)
            {
                if (string.Equals(candidate, environment, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
