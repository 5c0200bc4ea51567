using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Seeds.Models;
using ParityKit.Analyzers.DataShape.SchemaSummary;

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

            // Of seeds that share a name only one embeds its export, so the file a build writes is never ambiguous.
            var toEmit = seeds
                .Combine(referencesEfCore).WithTrackingName(SeedTrackingNames.SeedsToEmit)
                .Combine(SeedPipeline.ExportedClasses(seeds)).WithTrackingName(SeedTrackingNames.SeedsWithExports);

            context.RegisterSourceOutput(toEmit, static (output, input) =>
            {
                SeedBaselineModel seed = input.Left.Left;
                if (seed.Source.CanGenerate)
                {
                    bool embedExport = input.Right.AsImmutableArray().Contains(seed.Source.FullName);
                    output.AddSource(SeedSource.HintName(seed.Source), SourceText.From(SeedSource.Write(seed, input.Left.Right, embedExport), Encoding.UTF8));
                }
            });
        }
    }
}
