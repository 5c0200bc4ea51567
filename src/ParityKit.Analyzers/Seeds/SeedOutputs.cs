using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Manifest;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// Completes each <c>[SeedBaseline("name")]</c> static partial class (see <see cref="SeedSource"/>): typed rows, the
    /// migration it was checked against, its content hash and export, and <c>ApplyAsync(DbContext)</c> when the
    /// compilation references <c>Microsoft.EntityFrameworkCore.Relational</c>. Problems are reported by the analyzers
    /// (PK1004, PK9010), never here.
    /// </summary>
    /// <remarks>
    /// Registered by <see cref="ManifestGenerator"/> rather than being a generator of its own: the seeds need the
    /// schema the manifest already reads, and a second generator would walk every syntax tree and read every
    /// migration again in every build (docs/performance.md, "Third round").
    /// </remarks>
    internal static class SeedOutputs
    {
        /// <summary>Where <c>GetAppliedMigrationsAsync</c> lives; without it only the accessors are emitted.</summary>
        public const string RelationalExtensions = "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions";

        public static void Register(
            IncrementalGeneratorInitializationContext context,
            IncrementalValuesProvider<SeedBaselineModel> seeds,
            IncrementalValueProvider<GeneratedCodeLanguage> language)
        {
            IncrementalValueProvider<EfCoreReference> referencesEfCore = context.CompilationProvider
                .Select(static (c, _) => c.GetTypeByMetadataName(RelationalExtensions) != null ? EfCoreReference.Relational : EfCoreReference.None)
                .WithTrackingName(SeedTrackingNames.ReferencesEfCore);

            // Of seeds that share a name only one embeds its export, so the file a build writes is never ambiguous.
            var toEmit = seeds
                .Join(referencesEfCore, SeedTrackingNames.SeedsToEmit)
                .Join(SeedPipeline.ExportedClasses(seeds), SeedTrackingNames.SeedsWithExports)
                .Join(language, SeedTrackingNames.SeedsWithLanguageVersion);

            // Collected so that one class reached twice (broken code: a duplicated declaration) is emitted once;
            // a repeated hint name would make the whole generator fail.
            var allToEmit = toEmit.Collect().WithTrackingName(SeedTrackingNames.SeedOutputsCollected);

            context.RegisterSourceOutput(allToEmit, static (output, inputs) =>
            {
                var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var input in inputs)
                {
                    SeedBaselineModel seed = input.Left.Left.Left;
                    string hintName = SeedSource.HintName(seed.Source);
                    if (!seed.Source.CanGenerate || !hintNames.Add(hintName))
                    {
                        continue;
                    }

                    bool embedExport = input.Left.Right.AsImmutableArray().Contains(seed.Source.FullName);
                    string source = SeedSource.Write(seed, input.Left.Left.Right.ReferencesRelational, embedExport);
                    output.AddSource(hintName, SourceText.From(LanguageVersionCompat.Adapt(source, input.Right), Encoding.UTF8));
                }
            });
        }
    }

    /// <summary>Whether the compilation references EF Core's relational package (for <c>ApplyAsync</c>); a class so the pipeline's values stay reference types.</summary>
    internal sealed record EfCoreReference(bool ReferencesRelational)
    {
        public static readonly EfCoreReference Relational = new(true);

        public static readonly EfCoreReference None = new(false);
    }
}
