using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Seeds.Models;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Analyzers.Manifest;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// Completes each <c>[SeedBaseline("name")]</c> static partial class (see <see cref="SeedSource"/>): typed rows, the
    /// migration it was checked against, its content hash and export, and <c>ApplyAsync(DbContext)</c> when the
    /// compilation references <c>Microsoft.EntityFrameworkCore.Relational</c>. Problems are reported by the analyzers
    /// (PK1004, PK9010), never here.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SeedBaselineGenerator : IIncrementalGenerator
    {
        /// <summary>Where <c>GetAppliedMigrationsAsync</c> lives; without it only the accessors are emitted.</summary>
        public const string RelationalExtensions = "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<bool> referencesEfCore = context.CompilationProvider
                .Select(static (c, _) => c.GetTypeByMetadataName(RelationalExtensions) != null)
                .WithTrackingName(SeedTrackingNames.ReferencesEfCore);

            IncrementalValuesProvider<SeedBaselineModel> seeds = SeedPipeline.Seeds(context, SchemaPipeline.OwnSchema(context), SchemaPipeline.ReferencedSchemas(context));

            // C# 7.3 (a netstandard2.0 library's default) has no nullable annotations: the output leaves them out there.
            IncrementalValueProvider<bool> nullableAnnotations = context.ParseOptionsProvider
                .Select(static (options, _) => LanguageVersionCompat.SupportsNullableAnnotations(options))
                .WithTrackingName(SeedTrackingNames.NullableAnnotations);

            // One source per class: a class marked [SeedBaseline] in two declarations (the same type declared twice, or the
            // attribute on two parts of a partial class) is a compile error already (CS0101, CS0579); adding its source
            // twice would throw in the driver and drop every seed's output, so such a class gets none. Found by the crash corpus.
            IncrementalValueProvider<EquatableArray<SeedBaselineModel>> unique = seeds
                .Collect().WithTrackingName(SeedTrackingNames.SeedClassesCollected)
                .Select(static (all, _) => all
                    .GroupBy(static s => s.Source.FullName, StringComparer.Ordinal)
                    .Where(static g => g.Count() == 1)
                    .Select(static g => g.First())
                    .ToEquatableArray())
                .WithTrackingName(SeedTrackingNames.UniqueSeedClasses);

            // Of seeds that share a name only one embeds its export, so the file a build writes is never ambiguous.
            var toEmit = unique
                .Combine(referencesEfCore).WithTrackingName(SeedTrackingNames.SeedsToEmit)
                .Combine(SeedPipeline.ExportedClasses(seeds)).WithTrackingName(SeedTrackingNames.SeedsWithExports)
                .Combine(nullableAnnotations).WithTrackingName(SeedTrackingNames.SeedsWithLanguageVersion);

            context.RegisterSourceOutput(toEmit, static (output, input) =>
            {
                foreach (SeedBaselineModel seed in input.Left.Left.Left)
                {
                    if (seed.Source.CanGenerate)
                    {
                        bool embedExport = input.Left.Right.AsImmutableArray().Contains(seed.Source.FullName);
                        string source = SeedSource.Write(seed, input.Left.Left.Right, embedExport);
                        output.AddSource(
                            SeedSource.HintName(seed.Source),
                            SourceText.From(input.Right ? source : LanguageVersionCompat.WithoutNullableAnnotations(source), Encoding.UTF8));
                    }
                }
            });
        }
    }
}
