using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Analyzers.Seeds.Models;

namespace ParityKit.Analyzers.Seeds
{
    /// <summary>
    /// The incremental steps from <c>[SeedBaseline]</c> classes to checked <see cref="SeedBaselineModel"/>s, shared by
    /// the seed generator (C#) and the manifest generator (the <c>seeds</c> section). Classes are read per declaration
    /// into value-equatable models, then combined with the schemas (own migrations first, then referenced ones).
    /// </summary>
    internal static class SeedPipeline
    {
        public static IncrementalValuesProvider<SeedBaselineModel> Seeds(
            IncrementalGeneratorInitializationContext context,
            IncrementalValueProvider<DatabaseSchema> ownSchema,
            IncrementalValueProvider<EquatableArray<DatabaseSchema>> referencedSchemas)
        {
            IncrementalValuesProvider<SeedClassModel> classes = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    MetadataNames.SeedBaselineAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, ct) => ctx.TargetSymbol is INamedTypeSymbol type && ctx.Attributes.Length == 1
                        ? SeedReader.Read(type, ctx.Attributes[0], ctx.SemanticModel.Compilation, ct, ctx.SemanticModel).Model
                        : null)
                .Where(static model => model != null)
                .Select(static (model, _) => model!)
                .WithTrackingName(SeedTrackingNames.SeedClasses);

            IncrementalValueProvider<EquatableArray<DatabaseSchema>> schemas = ownSchema
                .Join(referencedSchemas, SeedTrackingNames.OwnAndReferencedSchemas)
                .Select(static (all, _) => all.Right.AsImmutableArray().Insert(0, all.Left).ToEquatableArray())
                .WithTrackingName(SeedTrackingNames.Schemas);

            return classes
                .Join(schemas, SeedTrackingNames.SeedsWithSchemas)
                .Select(static (input, _) => SeedResolver.Resolve(input.Left, input.Right))
                .WithTrackingName(SeedTrackingNames.Seeds);
        }

        /// <summary>The manifest's <c>seeds</c> entries: exportable seeds, sorted by name (the first of a repeated name kept).</summary>
        public static IncrementalValueProvider<EquatableArray<SeedManifestEntry>> ManifestEntries(IncrementalValuesProvider<SeedBaselineModel> seeds) =>
            seeds
                .Collect().WithTrackingName(SeedTrackingNames.SeedsCollected)
                .Select(static (all, _) => ToEntries(all))
                .WithTrackingName(SeedTrackingNames.ManifestSeeds);

        /// <summary>The full names of the seed classes whose export is embedded: one per name, as <see cref="Exported"/> decides.</summary>
        public static IncrementalValueProvider<EquatableArray<string>> ExportedClasses(IncrementalValuesProvider<SeedBaselineModel> seeds) =>
            seeds
                .Collect().WithTrackingName(SeedTrackingNames.SeedsCollected)
                .Select(static (all, _) => Exported(all).Select(static s => s.Source.FullName).ToEquatableArray())
                .WithTrackingName(SeedTrackingNames.ExportedSeeds);

        /// <summary>
        /// The exportable seeds, one per name, sorted by name: of seeds that share a name, the one whose class comes
        /// first by full name (PK9010 reports the others).
        /// </summary>
        public static IEnumerable<SeedBaselineModel> Exported(ImmutableArray<SeedBaselineModel> seeds) =>
            seeds
                .Where(static s => s.Hash != null)
                .GroupBy(static s => s.Source.Name, System.StringComparer.Ordinal)
                .Select(static g => g.OrderBy(static s => s.Source.FullName, System.StringComparer.Ordinal).First())
                .OrderBy(static s => s.Source.Name, System.StringComparer.Ordinal);

        private static EquatableArray<SeedManifestEntry> ToEntries(ImmutableArray<SeedBaselineModel> seeds) =>
            Exported(seeds)
                .Select(static s => new SeedManifestEntry(s.Source.Name, s.Migration, s.Hash!, s.Tables))
                .ToEquatableArray();
    }
}
