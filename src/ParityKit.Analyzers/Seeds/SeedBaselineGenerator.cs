using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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
            if (Common.Exp.Off("nogen") || Common.Exp.Off("noseedgen")) return;
            IncrementalValueProvider<bool> referencesEfCore = context.CompilationProvider
                .Select(static (c, _) => !Common.Exp.Off("nofacts") && c.GetTypeByMetadataName(RelationalExtensions) != null)
                .WithTrackingName(SeedTrackingNames.ReferencesEfCore);

            IncrementalValuesProvider<SeedBaselineModel> seeds = SeedPipeline.Seeds(context, SchemaPipeline.OwnSchema(context), SchemaPipeline.ReferencedSchemas(context));

            // C# 7.3 (a netstandard2.0 library's default) has no nullable annotations: the output leaves them out there.
            IncrementalValueProvider<bool> nullableAnnotations = context.ParseOptionsProvider
                .Select(static (options, _) => LanguageVersionCompat.SupportsNullableAnnotations(options))
                .WithTrackingName(SeedTrackingNames.NullableAnnotations);

            // Of seeds that share a name only one embeds its export, so the file a build writes is never ambiguous.
            var toEmit = seeds
                .Combine(referencesEfCore).WithTrackingName(SeedTrackingNames.SeedsToEmit)
                .Combine(SeedPipeline.ExportedClasses(seeds)).WithTrackingName(SeedTrackingNames.SeedsWithExports)
                .Combine(nullableAnnotations).WithTrackingName(SeedTrackingNames.SeedsWithLanguageVersion);

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
                    string source = SeedSource.Write(seed, input.Left.Left.Right, embedExport);
                    output.AddSource(
                        hintName,
                        SourceText.From(input.Right ? source : LanguageVersionCompat.WithoutNullableAnnotations(source), Encoding.UTF8));
                }
            });
        }
    }
}
