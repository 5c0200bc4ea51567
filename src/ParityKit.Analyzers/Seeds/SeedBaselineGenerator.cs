using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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

            var seeds = SeedPipeline.Seeds(context, SchemaPipeline.OwnSchema(context), SchemaPipeline.ReferencedSchemas(context))
                .Combine(referencesEfCore)
                .WithTrackingName(SeedTrackingNames.SeedsToEmit);

            context.RegisterSourceOutput(seeds, static (output, input) =>
            {
                if (input.Left.Source.CanGenerate)
                {
                    output.AddSource(SeedSource.HintName(input.Left.Source), SourceText.From(SeedSource.Write(input.Left, input.Right), Encoding.UTF8));
                }
            });
        }
    }
}
