using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>
    /// Embeds the schema the project's EF Core migrations produce as
    /// <c>[assembly: AssemblyMetadata("ParityKit.Schema", "...")]</c>. ParityKit's analyzers read it there: in this
    /// project (the attribute is part of the compilation they analyse) and in every project that references this
    /// assembly, where the migrations are no longer source. Each input is read per syntax tree into value-equatable
    /// models (a migration's id and context from its designer file, its operations from its <c>Up</c>, the snapshot's
    /// model), so an edit elsewhere reuses every cached step.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SchemaSummaryGenerator : IIncrementalGenerator
    {
        public const string HintName = "ParityKit.Schema.g.cs";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<MigrationHeader> headers = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    EfNames.MigrationAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, _) => ReadHeader(ctx))
                .Where(static h => h != null)
                .Select(static (h, _) => h!)
                .WithTrackingName(SchemaTrackingNames.MigrationHeaders);

            IncrementalValuesProvider<MigrationBody> bodies = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => IsMethod(node, "Up"),
                    static (ctx, ct) => ReadBody(ctx, ct))
                .Where(static b => b != null)
                .Select(static (b, _) => b!)
                .WithTrackingName(SchemaTrackingNames.MigrationBodies);

            IncrementalValuesProvider<SnapshotModel> snapshots = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => IsMethod(node, "BuildModel"),
                    static (ctx, ct) => ReadSnapshot(ctx, ct))
                .Where(static s => s != null)
                .Select(static (s, _) => s!)
                .WithTrackingName(SchemaTrackingNames.Snapshots);

            IncrementalValueProvider<string?> provider = context.CompilationProvider
                .Select(static (c, _) => ProviderDetector.Detect(c.ReferencedAssemblyNames))
                .WithTrackingName(SchemaTrackingNames.Provider);

            IncrementalValueProvider<DatabaseSchema> schema = headers.Collect()
                .Combine(bodies.Collect())
                .Combine(snapshots.Collect())
                .Combine(provider)
                .Select(static (input, _) => MigrationReplayer.Replay(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
                .WithTrackingName(SchemaTrackingNames.Schema);

            context.RegisterSourceOutput(schema, static (spc, model) => Emit(spc, model));
        }

        private static bool IsMethod(SyntaxNode node, string name) =>
            node is MethodDeclarationSyntax method
            && method.Identifier.ValueText == name
            && method.ParameterList.Parameters.Count == 1
            && (method.Body != null || method.ExpressionBody != null);

        private static MigrationHeader? ReadHeader(GeneratorAttributeSyntaxContext context)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || !EfNames.IsMigration(type)
                || context.Attributes.Length == 0
                || context.Attributes[0].ConstructorArguments.Length != 1
                || context.Attributes[0].ConstructorArguments[0].Value is not string id)
            {
                return null;
            }

            return new MigrationHeader(EfNames.FullName(type), id, EfNames.ContextOf(type) ?? string.Empty);
        }

        private static MigrationBody? ReadBody(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (MethodDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol
                || !symbol.IsOverride
                || !EfNames.IsMigration(symbol.ContainingType))
            {
                return null;
            }

            ImmutableArray<MigrationOperation> operations = MigrationBodyReader.Read(method, context.SemanticModel, cancellationToken);
            return new MigrationBody(EfNames.FullName(symbol.ContainingType), new Common.EquatableArray<MigrationOperation>(operations));
        }

        private static SnapshotModel? ReadSnapshot(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (MethodDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol
                || !symbol.IsOverride
                || !EfNames.IsModelSnapshot(symbol.ContainingType))
            {
                return null;
            }

            string contextName = EfNames.ContextOf(symbol.ContainingType) ?? string.Empty;
            return SnapshotReader.Read(method, context.SemanticModel, contextName, cancellationToken);
        }

        private static void Emit(SourceProductionContext context, DatabaseSchema schema)
        {
            if (schema.IsEmpty)
            {
                return;
            }

            string summary = SchemaSummaryFormat.Write(schema);
            string source = "// <auto-generated/>\n"
                + "// ParityKit: the schema this project's EF Core migrations produce, for ParityKit's analyzers here and in\n"
                + "// every project that references this assembly.\n"
                + "[assembly: global::System.Reflection.AssemblyMetadata(\"" + SchemaSummaryFormat.MetadataKey + "\", "
                + SymbolDisplay.FormatLiteral(summary, quote: true) + ")]\n";
            context.AddSource(HintName, SourceText.From(source, Encoding.UTF8));
        }
    }
}
