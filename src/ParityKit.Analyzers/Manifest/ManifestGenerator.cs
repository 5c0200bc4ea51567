using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.SchemaSummary;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Flags;
using ParityKit.Analyzers.Manifest.Models;
using ParityKit.Analyzers.Seeds;
using ParityKit.Analyzers.Seeds.Models;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// Builds the provisioning manifest from the assembly-level declarations and the app's feature flags (declared
    /// baselines, production configuration and reads, see <see cref="FlagsManifestProvider"/>) and emits <c>ParityManifest.g.cs</c>
    /// (typed constants, a startup check, and the manifest JSON embedded as assembly metadata for the MSBuild task).
    /// </summary>
    /// <remarks>
    /// Each declaration attribute is found with <c>ForAttributeWithMetadataName</c>: for assembly attributes the target
    /// node is the <see cref="CompilationUnitSyntax"/>, so only files that hold such an attribute are bound. Every
    /// pipeline value is a value-equatable model (no symbols, syntax, locations or compilations), so an edit that does
    /// not change a declaration leaves the output cached. Invalid declarations are skipped here and reported by
    /// <see cref="DeclarationAnalyzer"/>; diagnostics stay out of the generator so reporting never forces regeneration.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class ManifestGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<EquatableArray<AppDeclaration>> apps = FindDeclarations(
                context, MetadataNames.ParityAppAttribute, DeclarationReader.ReadApp,
                TrackingNames.ParityApps, TrackingNames.ParityAppsCollected, TrackingNames.AllParityApps);
            IncrementalValueProvider<EquatableArray<SettingDeclaration>> settings = FindDeclarations(
                context, MetadataNames.RequiresSettingAttribute, DeclarationReader.ReadSetting,
                TrackingNames.RequiredSettings, TrackingNames.RequiredSettingsCollected, TrackingNames.AllRequiredSettings);
            IncrementalValueProvider<EquatableArray<SecretDeclaration>> secrets = FindDeclarations(
                context, MetadataNames.RequiresSecretAttribute, DeclarationReader.ReadSecret,
                TrackingNames.RequiredSecrets, TrackingNames.RequiredSecretsCollected, TrackingNames.AllRequiredSecrets);
            IncrementalValueProvider<EquatableArray<ThirdPartyApiDeclaration>> apis = FindDeclarations(
                context, MetadataNames.ThirdPartyApiAttribute, DeclarationReader.ReadThirdPartyApi,
                TrackingNames.ThirdPartyApis, TrackingNames.ThirdPartyApisCollected, TrackingNames.AllThirdPartyApis);

            IncrementalValueProvider<DeclarationSet> declarations = settings
                .Join(secrets, TrackingNames.SettingsAndSecrets)
                .Join(apps.Join(apis, TrackingNames.AppsAndApis), TrackingNames.AllDeclarations)
                .Select(static (all, _) => new DeclarationSet(all.Right.Left, all.Left.Left, all.Left.Right, all.Right.Right))
                .WithTrackingName(TrackingNames.Declarations);

            IncrementalValueProvider<BrowserDeclarationSet> browser = FindBrowserDeclarations(context);

            // The compilation changes on every edit; these reduce it to a few values that almost never do.
            IncrementalValueProvider<CompilationFacts> facts = context.CompilationProvider
                .Select(static (compilation, _) => CompilationFacts.From(compilation))
                .WithTrackingName(TrackingNames.CompilationFacts);
            IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ParityKitOptions.GetGlobal(options, ParityKitOptions.RootNamespaceProperty))
                .WithTrackingName(TrackingNames.RootNamespace);
            IncrementalValueProvider<string?> projectDirectory = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ParityKitOptions.GetGlobal(options, ParityKitOptions.ProjectDirProperty))
                .WithTrackingName(TrackingNames.ProjectDirectory);

            // Configuration reads, flag reads, migration bodies and snapshots: one walk of the syntax trees for all four.
            IncrementalValuesProvider<SyntaxCandidate> candidates = SyntaxCandidates.Create(context);

            IncrementalValueProvider<EquatableArray<FeatureFlagEntry>> featureFlags = FlagsManifestProvider.Create(context, projectDirectory, candidates);

            IncrementalValueProvider<ConfigurationFacts> configuration = FindConfigurationFacts(context, projectDirectory, candidates);

            // The database section: this project's migrations, else those embedded in a referenced migrations assembly.
            IncrementalValueProvider<string?> databaseContext = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ParityKitOptions.GetGlobal(options, ParityKitOptions.DatabaseContext))
                .WithTrackingName(TrackingNames.DatabaseContext);
            // This project's schema, built once: the manifest's database and seeds sections and the embedded schema
            // summary (SchemaSummaryGenerator.Emit, for the analyzers here and in referencing projects) all come from it.
            IncrementalValueProvider<DatabaseSchema> ownSchema = SyntaxCandidates.OwnSchema(context, candidates);
            context.RegisterSourceOutput(ownSchema, static (output, schema) => SchemaSummaryGenerator.Emit(output, schema));
            IncrementalValueProvider<EquatableArray<DatabaseSchema>> referencedSchemas = SchemaPipeline.ReferencedSchemas(context);
            IncrementalValueProvider<DatabaseManifest?> database = ownSchema
                .Join(referencedSchemas, TrackingNames.OwnAndReferencedSchemas)
                .Join(databaseContext, TrackingNames.DatabaseInputs)
                .Select(static (inputs, _) => DatabaseManifestBuilder.Build(inputs.Left.Left, inputs.Left.Right, inputs.Right))
                .WithTrackingName(TrackingNames.Database);

            // The seeds: each [SeedBaseline] class completed, and the manifest's seeds section, checked against the same schemas.
            IncrementalValuesProvider<SeedBaselineModel> seedBaselines = SeedPipeline.Seeds(context, ownSchema, referencedSchemas);
            IncrementalValueProvider<EquatableArray<SeedManifestEntry>> seeds = SeedPipeline.ManifestEntries(seedBaselines);

            IncrementalValueProvider<ManifestModel?> manifest = declarations
                .Join(featureFlags, TrackingNames.DeclarationsAndFlags)
                .Join(browser, TrackingNames.DeclarationsAndBrowser)
                .Join(facts.Join(rootNamespace, TrackingNames.CompilationInputs), TrackingNames.ManifestInputs)
                .Join(database, TrackingNames.ManifestInputsAndDatabase)
                .Join(configuration, TrackingNames.ManifestAndConfiguration)
                .Join(seeds, TrackingNames.ManifestInputsAndSeeds)
                .Select(static (all, _) =>
                {
                    var inputs = all.Left;
                    return ManifestModelBuilder.Build(
                        inputs.Left.Left.Left.Left.Left,
                        inputs.Left.Left.Left.Right,
                        inputs.Left.Left.Left.Left.Right,
                        inputs.Left.Left.Right.Left,
                        inputs.Left.Left.Right.Right,
                        inputs.Left.Right,
                        inputs.Right,
                        all.Right);
                })
                .WithTrackingName(TrackingNames.Manifest);

            // C# 7.3 (a netstandard2.0 library's default) has no nullable annotations: the output leaves them out there.
            IncrementalValueProvider<GeneratedCodeLanguage> language = context.ParseOptionsProvider
                .Select(static (options, _) => LanguageVersionCompat.For(options))
                .WithTrackingName(TrackingNames.NullableAnnotations);
            SeedOutputs.Register(context, seedBaselines, language);

            context.RegisterSourceOutput(manifest.Join(language, TrackingNames.ManifestAndLanguage), static (output, inputs) =>
            {
                if (inputs.Left is { } model)
                {
                    string source = ManifestSource.Write(model, ManifestJson.Write(model));
                    output.AddSource(ManifestSource.HintName, LanguageVersionCompat.Adapt(source, inputs.Right));
                }
            });
        }

        /// <summary>The browser-state declarations: the base-URL setting, client-storage keys and service workers.</summary>
        private static IncrementalValueProvider<BrowserDeclarationSet> FindBrowserDeclarations(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<EquatableArray<BaseUrlSettingDeclaration>> baseUrlSettings = FindDeclarations(
                context, MetadataNames.BaseUrlSettingAttribute, DeclarationReader.ReadBaseUrlSetting,
                TrackingNames.BaseUrlSettings, TrackingNames.BaseUrlSettingsCollected, TrackingNames.AllBaseUrlSettings);
            IncrementalValueProvider<EquatableArray<ClientStorageKeyDeclaration>> storageKeys = FindDeclarations(
                context, MetadataNames.ClientStorageKeyAttribute, DeclarationReader.ReadClientStorageKey,
                TrackingNames.ClientStorageKeys, TrackingNames.ClientStorageKeysCollected, TrackingNames.AllClientStorageKeys);
            IncrementalValueProvider<EquatableArray<ServiceWorkerDeclaration>> serviceWorkers = FindDeclarations(
                context, MetadataNames.ServiceWorkerAttribute, DeclarationReader.ReadServiceWorker,
                TrackingNames.ServiceWorkers, TrackingNames.ServiceWorkersCollected, TrackingNames.AllServiceWorkers);

            return storageKeys
                .Join(serviceWorkers, TrackingNames.StorageKeysAndServiceWorkers)
                .Join(baseUrlSettings, TrackingNames.AllBrowserDeclarations)
                .Select(static (all, _) => new BrowserDeclarationSet(all.Right, all.Left.Left, all.Left.Right))
                .WithTrackingName(TrackingNames.BrowserDeclarations);
        }

        /// <summary>
        /// Where the code reads configuration (a name filter on syntax first, then the shared read recognizer on the few
        /// candidates), the keys of the production-shaped <c>appsettings</c> files, and the project directory.
        /// </summary>
        private static IncrementalValueProvider<ConfigurationFacts> FindConfigurationFacts(
            IncrementalGeneratorInitializationContext context,
            IncrementalValueProvider<string?> projectDirectory,
            IncrementalValuesProvider<SyntaxCandidate> candidates)
        {
            IncrementalValueProvider<EquatableArray<ReadSite>> reads = candidates
                .Where(static candidate => candidate.ConfigurationRead is not null)
                .Select(static (candidate, _) => candidate.ConfigurationRead!)
                .WithTrackingName(TrackingNames.ConfigurationReads)
                .Collect()
                .WithTrackingName(TrackingNames.ConfigurationReadsCollected)
                .Select(static (sites, _) => sites
                    .OrderBy(s => s.FilePath, StringComparer.Ordinal)
                    .ThenBy(s => s.Line)
                    .ToEquatableArray())
                .WithTrackingName(TrackingNames.AllConfigurationReads);

            IncrementalValueProvider<EquatableArray<AppSettingsEntry>> appSettings = context.AdditionalTextsProvider
                .Select(static (file, cancellationToken) => AppSettingsKeys.IsProductionShaped(file.Path, out bool isProduction)
                    ? new AppSettingsText(file.Path, AppSettingsKeys.Read(file.GetText(cancellationToken)?.ToString(), isProduction))
                    : null)
                .Where(static file => file is not null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.AppSettingsFiles)
                .Collect()
                .WithTrackingName(TrackingNames.AppSettingsCollected)
                .Select(static (files, _) => files
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .SelectMany(f => f.Entries)
                    .ToEquatableArray())
                .WithTrackingName(TrackingNames.AllAppSettings);

            return reads
                .Join(appSettings, TrackingNames.ReadsAndAppSettings)
                .Join(projectDirectory, TrackingNames.ConfigurationInputs)
                .Select(static (inputs, _) => new ConfigurationFacts(inputs.Left.Left, inputs.Left.Right, inputs.Right))
                .WithTrackingName(TrackingNames.Configuration);
        }

        /// <summary>
        /// The valid declarations of one attribute across the compilation, in source order: read per file (only files
        /// holding the attribute), then gathered into one value-equatable array.
        /// </summary>
        private static IncrementalValueProvider<EquatableArray<T>> FindDeclarations<T>(
            IncrementalGeneratorInitializationContext context,
            string attributeMetadataName,
            Func<AttributeData, DeclarationResult<T>> read,
            string perFileStep,
            string collectedStep,
            string allStep)
            where T : class, IEquatable<T> =>
            context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    attributeMetadataName,
                    static (node, _) => node is CompilationUnitSyntax,
                    (attributeContext, cancellationToken) => ReadValid(attributeContext.Attributes, read, cancellationToken))
                .WithTrackingName(perFileStep)
                .Collect()
                .WithTrackingName(collectedStep)
                .Select(static (files, _) => Flatten(files))
                .WithTrackingName(allStep);

        private static EquatableArray<T> ReadValid<T>(
            ImmutableArray<AttributeData> attributes,
            Func<AttributeData, DeclarationResult<T>> read,
            CancellationToken cancellationToken)
            where T : class, IEquatable<T>
        {
            ImmutableArray<T>.Builder valid = ImmutableArray.CreateBuilder<T>(attributes.Length);
            foreach (AttributeData attribute in attributes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (read(attribute).Declaration is { } declaration)
                {
                    valid.Add(declaration);
                }
            }

            return valid.ToImmutable().ToEquatableArray();
        }

        private static EquatableArray<T> Flatten<T>(ImmutableArray<EquatableArray<T>> files)
            where T : IEquatable<T>
        {
            ImmutableArray<T>.Builder all = ImmutableArray.CreateBuilder<T>();
            foreach (EquatableArray<T> file in files)
            {
                all.AddRange(file.AsImmutableArray());
            }

            return all.ToImmutable().ToEquatableArray();
        }
    }
}
