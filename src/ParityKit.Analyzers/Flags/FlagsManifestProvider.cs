using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Manifest;
using ParityKit.Analyzers.Manifest.Models;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>A production baseline declared in code, reduced to values: where it is written orders it (first one wins).</summary>
    internal sealed record DeclaredFlag(string Key, FlagState State, EquatableArray<string> Variants, string File, int Position)
    {
        public static DeclaredFlag From(FlagDeclaration declaration) => new(
            declaration.Key,
            declaration.State,
            declaration.Variants.ToEquatableArray(),
            declaration.Location.SourceTree?.FilePath ?? string.Empty,
            declaration.Location.IsInSource ? declaration.Location.SourceSpan.Start : 0);
    }

    /// <summary>
    /// A read with a constant key: the file (as the compiler sees its path), the 1-based line, and the baseline of the
    /// <c>[Baseline]</c> constant from a referenced flags library the key was read through, if any.
    /// </summary>
    internal sealed record FlagReadSite(string Key, string File, int Line, DeclaredFlag? ReferencedBaseline);

    /// <summary>The flags of one production configuration file (<c>appsettings.json</c>, <c>appsettings.Production.json</c>).</summary>
    internal sealed record ProductionFlagFile(string Path, EquatableArray<ConfiguredFlag> Flags);

    /// <summary>
    /// The manifest generator's steps for its <c>featureFlags</c> section: baselines in code through
    /// <c>ForAttributeWithMetadataName</c> (read by <see cref="FlagDeclarationReader"/>, as the analyzers read them),
    /// production configuration through AdditionalTexts, <c>[FeatureGate]</c> reads through
    /// <c>ForAttributeWithMetadataName</c>, and invocation reads through a syntax provider whose predicate lets only
    /// reader-like method names through. Every value is value-equatable; step names are in <see cref="TrackingNames"/>.
    /// </summary>
    internal static class FlagsManifestProvider
    {
        public static IncrementalValueProvider<EquatableArray<FeatureFlagEntry>> Create(
            IncrementalGeneratorInitializationContext context,
            IncrementalValueProvider<string?> projectDirectory,
            IncrementalValuesProvider<SyntaxCandidate> candidates)
        {
            IncrementalValueProvider<EquatableArray<EquatableArray<DeclaredFlag>>> assemblyBaselines = context.SyntaxProvider
                .ForAttributeWithMetadataName(MetadataNames.FlagBaselineAttribute, static (node, _) => node is CompilationUnitSyntax, ReadAssemblyBaselines)
                .WithTrackingName(TrackingNames.FlagBaselines)
                .CollectEquatable(TrackingNames.FlagBaselinesCollected);

            IncrementalValueProvider<EquatableArray<EquatableArray<DeclaredFlag>>> classBaselines = context.SyntaxProvider
                .ForAttributeWithMetadataName(MetadataNames.FeatureFlagsAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadFeatureFlagsClass)
                .WithTrackingName(TrackingNames.FeatureFlagsClasses)
                .CollectEquatable(TrackingNames.FeatureFlagsClassesCollected);

            IncrementalValueProvider<EquatableArray<ProductionFlagFile>> configuration = context.AdditionalTextsProvider
                .Where(static file => FlagConfigurationFiles.ProductionRank(file.Path) >= 0)
                .Select(ReadConfiguration)
                .WithTrackingName(TrackingNames.ProductionFlagFiles)
                .CollectEquatable(TrackingNames.ProductionFlagFilesCollected);

            IncrementalValueProvider<EquatableArray<EquatableArray<FlagReadSite>>> invocationReads = candidates
                .Where(static candidate => !candidate.FlagReads.IsEmpty)
                .Select(static (candidate, _) => candidate.FlagReads)
                .WithTrackingName(TrackingNames.FlagReads)
                .CollectEquatable(TrackingNames.FlagReadsCollected);

            IncrementalValueProvider<EquatableArray<EquatableArray<FlagReadSite>>> gateReads = context.SyntaxProvider
                .ForAttributeWithMetadataName(FlagReaderCatalog.FeatureGateAttribute, static (node, _) => node is ClassDeclarationSyntax or MethodDeclarationSyntax, ReadFeatureGates)
                .WithTrackingName(TrackingNames.FeatureGateReads)
                .CollectEquatable(TrackingNames.FeatureGateReadsCollected);

            return assemblyBaselines.Join(classBaselines, TrackingNames.FlagBaselinesInCode)
                .Join(configuration, TrackingNames.AllFlagBaselines)
                .Join(invocationReads.Join(gateReads, TrackingNames.AllFlagReads).Join(projectDirectory, TrackingNames.FlagReadsAndProject), TrackingNames.FeatureFlagInputs)
                .Select(static (inputs, _) => Build(
                    inputs.Left.Left.Left,
                    inputs.Left.Left.Right,
                    inputs.Left.Right,
                    inputs.Right.Left.Left,
                    inputs.Right.Left.Right,
                    inputs.Right.Right))
                .WithTrackingName(TrackingNames.FeatureFlags);
        }

        private static EquatableArray<DeclaredFlag> ReadAssemblyBaselines(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var flags = new List<DeclaredFlag>(context.Attributes.Length);
            foreach (AttributeData attribute in context.Attributes)
            {
                if (FlagDeclarationReader.ReadAssemblyAttribute(attribute, problems: null, cancellationToken) is { } declaration)
                {
                    flags.Add(DeclaredFlag.From(declaration));
                }
            }

            return flags.ToEquatableArray();
        }

        private static EquatableArray<DeclaredFlag> ReadFeatureFlagsClass(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || FlagReaderSymbols.For(context.SemanticModel.Compilation).BaselineAttribute is not { } baseline)
            {
                return EquatableArray<DeclaredFlag>.Empty;
            }

            var declarations = new List<FlagDeclaration>();
            FlagDeclarationReader.ReadFeatureFlagsClass(type, baseline, declarations, problems: null);
            var flags = new List<DeclaredFlag>(declarations.Count);
            foreach (FlagDeclaration declaration in declarations)
            {
                flags.Add(DeclaredFlag.From(declaration));
            }

            return flags.ToEquatableArray();
        }

        private static ProductionFlagFile ReadConfiguration(AdditionalText file, CancellationToken cancellationToken) =>
            new(file.Path, FlagConfigurationFiles.Read(file, cancellationToken) is { } flagFile
                ? flagFile.Flags.ToEquatableArray()
                : EquatableArray<ConfiguredFlag>.Empty);

        /// <summary>An invocation whose method name may be a flag reader's (the predicate of <see cref="SyntaxCandidates"/>).</summary>
        internal static bool IsCandidateInvocation(SyntaxNode node)
        {
            if (node is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation)
            {
                return false;
            }

            SimpleNameSyntax? name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            return name is not null && FlagReaderCatalog.MayBeReaderName(name.Identifier.ValueText);
        }

        /// <summary>The flag reads of a candidate invocation, if it calls a flag reader.</summary>
        internal static EquatableArray<FlagReadSite> ReadInvocation(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            FlagReaderSymbols symbols = FlagReaderSymbols.For(context.SemanticModel.Compilation);
            var invocationSyntax = (InvocationExpressionSyntax)context.Node;
            var reads = new List<FlagRead>(1);

            // The common reads from their receiver and key alone (cheapest); else the call bound alone (cheap); the
            // model's own binding of the enclosing statement only where both fail.
            SemanticModel model = GeneratorSemantics.WithoutNullableAnalysis(context.SemanticModel);
            if (FlagReadShortcut.TryRead(invocationSyntax, model, symbols, cancellationToken) is { } shortcut)
            {
                return shortcut;
            }

            if (SpeculativeOperation.TryBind(invocationSyntax, model, out SpeculativeOperation speculative))
            {
                if (speculative.Operation is IInvocationOperation alone && symbols.Match(alone.TargetMethod) is not null)
                {
                    FlagReadFinder.AddReads(alone, symbols, reads);
                }

                return ToSites(reads, context.Node.SyntaxTree, speculative.OriginalPosition);
            }

            if (model.GetOperation(context.Node, cancellationToken) is IInvocationOperation invocation && symbols.Match(invocation.TargetMethod) is not null)
            {
                FlagReadFinder.AddReads(invocation, symbols, reads);
            }

            return ToSites(reads);
        }

        private static EquatableArray<FlagReadSite> ReadFeatureGates(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            FlagReaderSymbols symbols = FlagReaderSymbols.For(context.SemanticModel.Compilation);
            var reads = new List<FlagRead>();
            foreach (AttributeData attribute in context.Attributes)
            {
                if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)
                {
                    reads.AddRange(FlagReadFinder.GetFeatureGateReads(syntax, GeneratorSemantics.WithoutNullableAnalysis(context.SemanticModel), symbols, cancellationToken));
                }
            }

            return ToSites(reads);
        }

        private static EquatableArray<FlagReadSite> ToSites(List<FlagRead> reads) =>
            ToSites(reads, tree: null, position: null);

        /// <param name="reads">The reads found.</param>
        /// <param name="tree">The tree the reads are in, when their syntax is a speculative copy (else each key's own tree).</param>
        /// <param name="position">Maps a key's syntax to its position in <paramref name="tree"/>.</param>
        private static EquatableArray<FlagReadSite> ToSites(List<FlagRead> reads, SyntaxTree? tree, Func<SyntaxNode, int>? position)
        {
            var sites = new List<FlagReadSite>(reads.Count);
            foreach (FlagRead read in reads)
            {
                if (read.Key is not null)
                {
                    SyntaxTree keyTree = tree ?? read.KeySyntax.SyntaxTree;
                    int start = position?.Invoke(read.KeySyntax) ?? read.KeySyntax.SpanStart;
                    int line = keyTree.GetLineSpan(new TextSpan(start, 0)).StartLinePosition.Line + 1;
                    DeclaredFlag? referenced = read.ReferencedBaseline is { } baseline ? DeclaredFlag.From(baseline) : null;
                    sites.Add(new FlagReadSite(read.Key, keyTree.FilePath, line, referenced));
                }
            }

            return sites.ToEquatableArray();
        }

        /// <summary>
        /// One entry per flag declared or read (keys compare case-insensitively), sorted by key in ordinal order. The
        /// baseline follows the analyzers' precedence: the first declaration in code, else production configuration,
        /// else the <c>[Baseline]</c> constant of a referenced library the key was read through; none leaves it null.
        /// </summary>
        internal static EquatableArray<FeatureFlagEntry> Build(
            EquatableArray<EquatableArray<DeclaredFlag>> assemblyBaselines,
            EquatableArray<EquatableArray<DeclaredFlag>> classBaselines,
            EquatableArray<ProductionFlagFile> configuration,
            EquatableArray<EquatableArray<FlagReadSite>> invocationReads,
            EquatableArray<EquatableArray<FlagReadSite>> gateReads,
            string? projectDirectory)
        {
            var inCode = new List<DeclaredFlag>();
            foreach (EquatableArray<DeclaredFlag> group in assemblyBaselines.Concat(classBaselines))
            {
                inCode.AddRange(group);
            }

            inCode.Sort(static (a, b) => FlagBaselines.CompareSourceOrder(a.File, a.Position, b.File, b.Position));
            var baselines = new Dictionary<string, (string Key, FlagState State, EquatableArray<string> Variants)>(FlagBaselines.KeyComparer);
            foreach (DeclaredFlag flag in inCode)
            {
                if (!baselines.ContainsKey(flag.Key))
                {
                    baselines.Add(flag.Key, (flag.Key, flag.State, flag.Variants));
                }
            }

            foreach ((ProductionFlagFile _, ConfiguredFlag flag) in FlagConfigurationFiles.MergeProduction(configuration.AsImmutableArray(), static f => f.Path, static f => f.Flags.AsImmutableArray()))
            {
                if (!baselines.ContainsKey(flag.Key))
                {
                    baselines.Add(flag.Key, (flag.Key, flag.State, flag.Variants));
                }
            }

            var sites = new List<FlagReadSite>();
            foreach (EquatableArray<FlagReadSite> group in invocationReads.Concat(gateReads))
            {
                sites.AddRange(group);
            }

            // Sorted, so the spelling and the referenced baseline that come first are the same in every build.
            sites.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key) is int byKey && byKey != 0 ? byKey
                : FlagBaselines.CompareSourceOrder(a.File, a.Line, b.File, b.Line));
            var readAt = new Dictionary<string, SortedSet<string>>(FlagBaselines.KeyComparer);
            foreach (FlagReadSite site in sites)
            {
                if (!baselines.ContainsKey(site.Key) && site.ReferencedBaseline is { } referenced)
                {
                    baselines.Add(site.Key, (site.Key, referenced.State, referenced.Variants));
                }

                if (!readAt.TryGetValue(site.Key, out SortedSet<string>? at))
                {
                    readAt.Add(site.Key, at = new SortedSet<string>(StringComparer.Ordinal));
                }

                at.Add(ProjectRelativePath.ReadAt(site.File, projectDirectory, site.Line));
            }

            // A declared flag keeps its declared spelling; a flag only read, the ordinal-first spelling it is read with.
            var keys = new Dictionary<string, string>(FlagBaselines.KeyComparer);
            foreach (KeyValuePair<string, (string Key, FlagState State, EquatableArray<string> Variants)> baseline in baselines)
            {
                keys.Add(baseline.Key, baseline.Value.Key);
            }

            foreach (FlagReadSite site in sites)
            {
                if (!keys.ContainsKey(site.Key))
                {
                    keys.Add(site.Key, site.Key);
                }
            }

            var spellings = new List<string>(keys.Values);
            spellings.Sort(StringComparer.Ordinal);
            var entries = new List<FeatureFlagEntry>(spellings.Count);
            foreach (string key in spellings)
            {
                bool declared = baselines.TryGetValue(key, out (string Key, FlagState State, EquatableArray<string> Variants) baseline);
                entries.Add(new FeatureFlagEntry(
                    key,
                    declared ? baseline.State.Enabled : null,
                    declared ? baseline.State.RolloutPercentage : 0,
                    declared ? baseline.Variants : EquatableArray<string>.Empty,
                    readAt.TryGetValue(key, out SortedSet<string>? at) ? at.ToEquatableArray() : EquatableArray<string>.Empty));
            }

            return entries.ToEquatableArray();
        }
    }
}
