using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// What one syntax node gives the manifest generator: a configuration read, flag reads, a migration's <c>Up</c>
    /// body or a model snapshot (an invocation may be both a configuration and a flag read candidate).
    /// </summary>
    internal sealed record SyntaxCandidate(
        ReadSite? ConfigurationRead,
        EquatableArray<FlagReadSite> FlagReads,
        MigrationBody? MigrationBody,
        SnapshotModel? Snapshot);

    /// <summary>
    /// The generator's one syntax provider. The driver walks every syntax tree once per <c>CreateSyntaxProvider</c>,
    /// and a walk of a 400-file app costs about 30 ms in every build: one provider whose predicate admits every kind of
    /// candidate, split afterwards by kind, walks once instead of four times (docs/performance.md, "Third round").
    /// </summary>
    internal static class SyntaxCandidates
    {
        public static IncrementalValuesProvider<SyntaxCandidate> Create(IncrementalGeneratorInitializationContext context) =>
            context.SyntaxProvider
                .CreateSyntaxProvider(static (node, _) => IsCandidate(node), static (syntax, cancellationToken) => Read(syntax, cancellationToken))
                .Where(static candidate => candidate is not null)
                .Select(static (candidate, _) => candidate!)
                .WithTrackingName(TrackingNames.SyntaxCandidates);

        /// <summary>The schema's inputs: the candidates' migration bodies and snapshot models.</summary>
        public static IncrementalValueProvider<DatabaseSchema> OwnSchema(
            IncrementalGeneratorInitializationContext context,
            IncrementalValuesProvider<SyntaxCandidate> candidates) =>
            SchemaPipeline.OwnSchema(
                context,
                candidates
                    .Where(static candidate => candidate.MigrationBody is not null)
                    .Select(static (candidate, _) => candidate.MigrationBody!)
                    .WithTrackingName(SchemaTrackingNames.MigrationBodies),
                candidates
                    .Where(static candidate => candidate.Snapshot is not null)
                    .Select(static (candidate, _) => candidate.Snapshot!)
                    .WithTrackingName(SchemaTrackingNames.Snapshots));

        private static bool IsCandidate(SyntaxNode node) =>
            node is MethodDeclarationSyntax
                ? SchemaPipeline.IsBodyCandidate(node) || SchemaPipeline.IsSnapshotCandidate(node)
                : ConfigurationReadSyntax.IsCandidate(node) || FlagsManifestProvider.IsCandidateInvocation(node);

        private static SyntaxCandidate? Read(GeneratorSyntaxContext syntax, CancellationToken cancellationToken)
        {
            SyntaxNode node = syntax.Node;
            if (node is MethodDeclarationSyntax)
            {
                MigrationBody? body = SchemaPipeline.IsBodyCandidate(node) ? SchemaPipeline.ReadBody(syntax, cancellationToken) : null;
                SnapshotModel? snapshot = SchemaPipeline.IsSnapshotCandidate(node) ? SchemaPipeline.ReadSnapshot(syntax, cancellationToken) : null;
                return body is null && snapshot is null ? null : new SyntaxCandidate(null, EquatableArray<FlagReadSite>.Empty, body, snapshot);
            }

            ReadSite? read = ConfigurationReadSyntax.IsCandidate(node)
                ? ReadSiteCollector.Collect(node, GeneratorSemantics.WithoutNullableAnalysis(syntax.SemanticModel), cancellationToken)
                : null;
            EquatableArray<FlagReadSite> flagReads = FlagsManifestProvider.IsCandidateInvocation(node)
                ? FlagsManifestProvider.ReadInvocation(syntax, cancellationToken)
                : EquatableArray<FlagReadSite>.Empty;
            return read is null && flagReads.IsEmpty ? null : new SyntaxCandidate(read, flagReads, null, null);
        }
    }
}
