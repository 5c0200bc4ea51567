using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>
    /// The incremental steps that turn a compilation's EF Core migrations and snapshots into its
    /// <see cref="DatabaseSchema"/>, shared by the schema summary generator and the manifest generator. Each input is
    /// read per syntax tree into value-equatable models (a migration's id and context from its designer file, its
    /// operations from its <c>Up</c>, the snapshot's model), so an edit elsewhere reuses every cached step.
    /// </summary>
    internal static class SchemaPipeline
    {
        /// <summary>
        /// The schema of the migrations and snapshots in this compilation's source, from their headers (read here) and
        /// the <c>Up</c> bodies and snapshot models the caller's syntax walk read with <see cref="ReadBody"/> and
        /// <see cref="ReadSnapshot"/>.
        /// </summary>
        public static IncrementalValueProvider<DatabaseSchema> OwnSchema(
            IncrementalGeneratorInitializationContext context,
            IncrementalValuesProvider<MigrationBody> bodies,
            IncrementalValuesProvider<SnapshotModel> snapshots)
        {
            IncrementalValuesProvider<MigrationHeader> headers = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    EfNames.MigrationAttribute,
                    static (node, _) => node is ClassDeclarationSyntax,
                    static (ctx, _) => ReadHeader(ctx))
                .Where(static h => h != null)
                .Select(static (h, _) => h!)
                .WithTrackingName(SchemaTrackingNames.MigrationHeaders);

            IncrementalValueProvider<string?> provider = context.CompilationProvider
                .Select(static (c, _) => ProviderDetector.Detect(c.ReferencedAssemblyNames))
                .WithTrackingName(SchemaTrackingNames.Provider);

            return headers.CollectEquatable(SchemaTrackingNames.AllMigrationHeaders)
                .Join(bodies.CollectEquatable(SchemaTrackingNames.AllMigrationBodies), SchemaTrackingNames.HeadersAndBodies)
                .Join(snapshots.CollectEquatable(SchemaTrackingNames.AllSnapshots), SchemaTrackingNames.MigrationsAndSnapshots)
                .Join(provider, SchemaTrackingNames.SchemaInputs)
                .Select(static (input, _) => MigrationReplayer.Replay(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
                .WithTrackingName(SchemaTrackingNames.Schema);
        }

        /// <summary>The schema summaries embedded in referenced assemblies (each read once per assembly symbol).</summary>
        public static IncrementalValueProvider<EquatableArray<DatabaseSchema>> ReferencedSchemas(IncrementalGeneratorInitializationContext context) =>
            context.CompilationProvider
                .Select(static (c, _) => SchemaCatalog.LoadReferenced(c).ToEquatableArray())
                .WithTrackingName(SchemaTrackingNames.ReferencedSchemas);

        /// <summary>A method that may be a migration's <c>Up</c> (a predicate of the manifest generator's one syntax walk).</summary>
        internal static bool IsBodyCandidate(SyntaxNode node) => IsMethod(node, "Up");

        /// <summary>A method that may be a model snapshot's <c>BuildModel</c>.</summary>
        internal static bool IsSnapshotCandidate(SyntaxNode node) => IsMethod(node, "BuildModel");

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

        // Bodies read from syntax alone, kept while their method's syntax lives: the same tree in the next compilation
        // (after an edit elsewhere) gives the same body, so an edit does not re-read every migration.
        private static readonly ConditionalWeakTable<MethodDeclarationSyntax, MigrationBody> SyntacticBodies = new();

        private static readonly ConditionalWeakTable<MethodDeclarationSyntax, SnapshotModel> SyntacticSnapshots = new();

        /// <summary>
        /// Any <c>override</c> <c>Up(x)</c> of a class, read without binding its class: only a class that
        /// <see cref="ReadHeader"/> confirms as a migration (its <c>[Migration]</c> attribute, bound) has its body replayed.
        /// </summary>
        internal static MigrationBody? ReadBody(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (MethodDeclarationSyntax)context.Node;
            if (method.Parent is not ClassDeclarationSyntax type || !method.Modifiers.Any(SyntaxKind.OverrideKeyword))
            {
                return null;
            }

            if (SyntacticBodies.TryGetValue(method, out MigrationBody? known))
            {
                return known;
            }

            SemanticModel model = GeneratorSemantics.WithoutNullableAnalysis(context.SemanticModel);
            ImmutableArray<MigrationOperation> operations = MigrationBodyReader.Read(method, model, cancellationToken, out bool bound);
            var body = new MigrationBody(EfNames.FullName(type), operations.ToEquatableArray());
            return bound ? body : SyntacticBodies.GetValue(method, _ => body);
        }

        internal static SnapshotModel? ReadSnapshot(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var method = (MethodDeclarationSyntax)context.Node;
            SemanticModel model = GeneratorSemantics.WithoutNullableAnalysis(context.SemanticModel);
            if (model.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol
                || !symbol.IsOverride
                || !EfNames.IsModelSnapshot(symbol.ContainingType))
            {
                return null;
            }

            // The context is bound each time (a rename of the context class changes it); the model, read from syntax
            // alone, is kept while the method's syntax lives.
            string contextName = EfNames.ContextOf(symbol.ContainingType) ?? string.Empty;
            if (SyntacticSnapshots.TryGetValue(method, out SnapshotModel? known) && known.Context == contextName)
            {
                return known;
            }

            SnapshotModel snapshot = SnapshotReader.Read(method, model, contextName, cancellationToken, out bool bound);
            return bound ? snapshot : SyntacticSnapshots.GetValue(method, _ => snapshot) is { } kept && kept.Context == contextName ? kept : snapshot;
        }
    }
}
