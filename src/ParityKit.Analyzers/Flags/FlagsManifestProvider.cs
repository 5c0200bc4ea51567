using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The incremental-generator steps that produce the manifest's <see cref="FlagsManifestSection"/>: declarations through
    /// <c>ForAttributeWithMetadataName</c>, production configuration through AdditionalTexts, and reads through a syntax
    /// provider whose predicate only lets invocations with a reader-like method name through. Every step's value is
    /// value-equatable, so an unrelated edit leaves them cached.
    /// </summary>
    internal static class FlagsManifestProvider
    {
        public static class TrackingNames
        {
            public const string AssemblyBaselines = "ParityKit.Flags.AssemblyBaselines";
            public const string FeatureFlagsClasses = "ParityKit.Flags.FeatureFlagsClasses";
            public const string ConfigurationBaselines = "ParityKit.Flags.ConfigurationBaselines";
            public const string InvocationReads = "ParityKit.Flags.InvocationReads";
            public const string GateReads = "ParityKit.Flags.GateReads";
            public const string Section = "ParityKit.Flags.Section";
        }

        public static IncrementalValueProvider<FlagsManifestSection> Create(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<ImmutableArray<EquatableArray<DeclaredFlag>>> assemblyBaselines = context.SyntaxProvider
                .ForAttributeWithMetadataName(MetadataNames.FlagBaselineAttribute, static (node, _) => node is CompilationUnitSyntax, ReadAssemblyBaselines)
                .WithTrackingName(TrackingNames.AssemblyBaselines)
                .Collect();

            IncrementalValueProvider<ImmutableArray<EquatableArray<DeclaredFlag>>> classBaselines = context.SyntaxProvider
                .ForAttributeWithMetadataName(MetadataNames.FeatureFlagsAttribute, static (node, _) => node is ClassDeclarationSyntax, ReadFeatureFlagsClass)
                .WithTrackingName(TrackingNames.FeatureFlagsClasses)
                .Collect();

            IncrementalValueProvider<ImmutableArray<EquatableArray<DeclaredFlag>>> configurationBaselines = context.AdditionalTextsProvider
                .Where(static file => IsProductionConfiguration(file.Path))
                .Select(ReadConfiguration)
                .WithTrackingName(TrackingNames.ConfigurationBaselines)
                .Collect();

            IncrementalValueProvider<ImmutableArray<EquatableArray<FlagReadSite>>> invocationReads = context.SyntaxProvider
                .CreateSyntaxProvider(static (node, _) => IsCandidateInvocation(node), ReadInvocation)
                .WithTrackingName(TrackingNames.InvocationReads)
                .Collect();

            IncrementalValueProvider<ImmutableArray<EquatableArray<FlagReadSite>>> gateReads = context.SyntaxProvider
                .CreateSyntaxProvider(static (node, _) => node is AttributeSyntax { ArgumentList: not null } attribute && attribute.Name.ToString().Contains("FeatureGate"), ReadGate)
                .WithTrackingName(TrackingNames.GateReads)
                .Collect();

            IncrementalValueProvider<string> projectDirectory = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out string? dir) ? dir ?? string.Empty : string.Empty);

            return assemblyBaselines.Combine(classBaselines).Combine(configurationBaselines)
                .Combine(invocationReads.Combine(gateReads)).Combine(projectDirectory)
                .Select(static (input, _) => Build(
                    input.Left.Left.Left.Left, input.Left.Left.Left.Right, input.Left.Left.Right,
                    input.Left.Right.Left, input.Left.Right.Right, input.Right))
                .WithTrackingName(TrackingNames.Section);
        }

        /// <summary>A declared baseline; <see cref="Rank"/> orders sources: code (0), appsettings.json (1), appsettings.Production.json (2).</summary>
        internal sealed record DeclaredFlag(string Key, bool Enabled, int RolloutPercentage, EquatableArray<string> Variants, int Rank, string File, int Position);

        /// <summary>A read with a constant key: the file (as the compiler sees its path) and the 1-based line.</summary>
        internal sealed record FlagReadSite(string Key, string File, int Line);

        private static EquatableArray<DeclaredFlag> ReadAssemblyBaselines(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var flags = new List<DeclaredFlag>();
            foreach (AttributeData attribute in context.Attributes)
            {
                if (attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is string key
                    && !string.IsNullOrWhiteSpace(key) && attribute.ApplicationSyntaxReference is { } reference)
                {
                    (int rollout, EquatableArray<string> variants) = ReadNamed(attribute);
                    flags.Add(new DeclaredFlag(
                        key, attribute.ConstructorArguments[1].Value is true, rollout, variants, 0, reference.SyntaxTree.FilePath, reference.Span.Start));
                }
            }

            return flags.ToEquatableArray();
        }

        private static EquatableArray<DeclaredFlag> ReadFeatureFlagsClass(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || context.SemanticModel.Compilation.GetTypeByMetadataName(MetadataNames.BaselineAttribute) is not { } baseline)
            {
                return EquatableArray<DeclaredFlag>.Empty;
            }

            var flags = new List<DeclaredFlag>();
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IFieldSymbol { IsConst: true, ConstantValue: string key } field || string.IsNullOrWhiteSpace(key) || field.Locations.IsEmpty)
                {
                    continue;
                }

                foreach (AttributeData attribute in field.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, baseline) && attribute.ConstructorArguments.Length == 1)
                    {
                        (int rollout, EquatableArray<string> variants) = ReadNamed(attribute);
                        Location location = field.Locations[0];
                        flags.Add(new DeclaredFlag(
                            key, attribute.ConstructorArguments[0].Value is true, rollout, variants, 0, location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan.Start));
                    }
                }
            }

            return flags.ToEquatableArray();
        }

        private static (int Rollout, EquatableArray<string> Variants) ReadNamed(AttributeData attribute)
        {
            int rollout = 0;
            var variants = new List<string>();
            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                if (named.Key == "RolloutPercentage" && named.Value.Value is int percentage)
                {
                    rollout = percentage;
                }
                else if (named.Key == "Variants" && named.Value.Kind == TypedConstantKind.Array && !named.Value.IsNull)
                {
                    foreach (TypedConstant value in named.Value.Values)
                    {
                        if (value.Value is string name && name.Length > 0)
                        {
                            variants.Add(name);
                        }
                    }
                }
            }

            return (rollout, variants.ToEquatableArray());
        }

        private static bool IsProductionConfiguration(string path) =>
            FlagConfigurationFiles.TryGetEnvironment(path, out string environment)
            && (environment.Length == 0 || string.Equals(environment, FlagConfigurationFiles.ProductionEnvironment, StringComparison.OrdinalIgnoreCase));

        private static EquatableArray<DeclaredFlag> ReadConfiguration(AdditionalText file, CancellationToken cancellationToken)
        {
            if (FlagConfigurationFiles.Read(file, cancellationToken) is not { } flagFile)
            {
                return EquatableArray<DeclaredFlag>.Empty;
            }

            int rank = flagFile.Environment.Length == 0 ? 1 : 2;
            var flags = new List<DeclaredFlag>();
            foreach (ConfiguredFlag flag in flagFile.Flags)
            {
                flags.Add(new DeclaredFlag(
                    flag.Key, flag.State.Enabled, flag.State.RolloutPercentage, flag.Variants.ToEquatableArray(), rank, file.Path, flag.Start));
            }

            return flags.ToEquatableArray();
        }

        private static bool IsCandidateInvocation(SyntaxNode node)
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

        private static EquatableArray<FlagReadSite> ReadInvocation(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.SemanticModel.GetOperation(context.Node, cancellationToken) is not IInvocationOperation invocation)
            {
                return EquatableArray<FlagReadSite>.Empty;
            }

            FlagReaderSymbols symbols = FlagReaderSymbols.For(context.SemanticModel.Compilation);
            if (symbols.Match(invocation.TargetMethod) is null)
            {
                return EquatableArray<FlagReadSite>.Empty;
            }

            var reads = new List<FlagRead>(1);
            FlagReadFinder.AddReads(invocation, symbols, reads);
            return ToSites(reads);
        }

        private static EquatableArray<FlagReadSite> ReadGate(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            FlagReaderSymbols symbols = FlagReaderSymbols.For(context.SemanticModel.Compilation);
            return ToSites(FlagReadFinder.GetFeatureGateReads((AttributeSyntax)context.Node, context.SemanticModel, symbols, cancellationToken));
        }

        private static EquatableArray<FlagReadSite> ToSites(IEnumerable<FlagRead> reads)
        {
            var sites = new List<FlagReadSite>();
            foreach (FlagRead read in reads)
            {
                if (read.Key is not null)
                {
                    FileLinePositionSpan span = read.KeySyntax.GetLocation().GetLineSpan();
                    sites.Add(new FlagReadSite(read.Key, span.Path, span.StartLinePosition.Line + 1));
                }
            }

            return sites.ToEquatableArray();
        }

        internal static FlagsManifestSection Build(
            ImmutableArray<EquatableArray<DeclaredFlag>> assemblyBaselines,
            ImmutableArray<EquatableArray<DeclaredFlag>> classBaselines,
            ImmutableArray<EquatableArray<DeclaredFlag>> configurationBaselines,
            ImmutableArray<EquatableArray<FlagReadSite>> invocationReads,
            ImmutableArray<EquatableArray<FlagReadSite>> gateReads,
            string projectDirectory)
        {
            // Code wins over configuration; the first declaration in code (by file, then position) wins; Production over base.
            var code = new List<DeclaredFlag>();
            var configuration = new List<DeclaredFlag>();
            foreach (EquatableArray<DeclaredFlag> group in assemblyBaselines.AddRange(classBaselines))
            {
                code.AddRange(group);
            }

            foreach (EquatableArray<DeclaredFlag> group in configurationBaselines)
            {
                configuration.AddRange(group);
            }

            code.Sort(static (a, b) => string.CompareOrdinal(a.File, b.File) is int c && c != 0 ? c : a.Position.CompareTo(b.Position));
            configuration.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
                : string.CompareOrdinal(a.File, b.File) is int c && c != 0 ? c : a.Position.CompareTo(b.Position));

            var declared = new Dictionary<string, DeclaredFlag>(FlagBaselines.KeyComparer);
            foreach (DeclaredFlag flag in code)
            {
                if (!declared.ContainsKey(flag.Key))
                {
                    declared.Add(flag.Key, flag);
                }
            }

            var fromConfiguration = new Dictionary<string, DeclaredFlag>(FlagBaselines.KeyComparer);
            foreach (DeclaredFlag flag in configuration)
            {
                if (!declared.ContainsKey(flag.Key))
                {
                    fromConfiguration[flag.Key] = flag; // later ranks override
                }
            }

            foreach (KeyValuePair<string, DeclaredFlag> flag in fromConfiguration)
            {
                declared.Add(flag.Key, flag.Value);
            }

            var readAt = new Dictionary<string, SortedSet<string>>(FlagBaselines.KeyComparer);
            var readKeys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (EquatableArray<FlagReadSite> group in invocationReads.AddRange(gateReads))
            {
                foreach (FlagReadSite site in group)
                {
                    if (!readAt.TryGetValue(site.Key, out SortedSet<string>? sites))
                    {
                        readAt.Add(site.Key, sites = new SortedSet<string>(StringComparer.Ordinal));
                    }

                    readKeys.Add(site.Key);
                    sites.Add(RelativePath(site.File, projectDirectory) + ":" + site.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            var keys = new SortedDictionary<string, string>(FlagBaselines.KeyComparer);
            foreach (string key in declared.Keys)
            {
                keys[key] = declared[key].Key;
            }

            foreach (string key in readKeys)
            {
                if (!keys.ContainsKey(key))
                {
                    keys[key] = key; // the ordinal-first spelling, so two builds agree
                }
            }

            var entries = new List<FlagManifestEntry>(keys.Count);
            foreach (string key in keys.Values)
            {
                declared.TryGetValue(key, out DeclaredFlag? baseline);
                EquatableArray<string> sites = readAt.TryGetValue(key, out SortedSet<string>? found)
                    ? found.ToEquatableArray()
                    : EquatableArray<string>.Empty;
                entries.Add(new FlagManifestEntry(
                    key,
                    baseline?.Enabled,
                    baseline is { Enabled: true } ? baseline.RolloutPercentage : 0,
                    baseline?.Variants ?? EquatableArray<string>.Empty,
                    sites));
            }

            return new FlagsManifestSection(entries.ToEquatableArray());
        }

        /// <summary>A project-relative path with <c>/</c> separators; a file outside the project keeps only its name (no absolute paths).</summary>
        internal static string RelativePath(string path, string projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            string directory = projectDirectory.Replace('\\', '/');
            if (directory.Length > 0 && !directory.EndsWith("/", StringComparison.Ordinal))
            {
                directory += "/";
            }

            if (directory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(directory.Length);
            }

            return Path.GetFileName(normalized);
        }
    }
}
