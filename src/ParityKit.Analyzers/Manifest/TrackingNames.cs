namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// The name of every step of <see cref="ManifestGenerator"/>'s pipeline, for <c>WithTrackingName</c> and for the
    /// caching tests, which assert that an unrelated edit leaves each of them cached.
    /// </summary>
    internal static class TrackingNames
    {
        public const string ParityApps = nameof(ParityApps);
        public const string ParityAppsCollected = nameof(ParityAppsCollected);
        public const string AllParityApps = nameof(AllParityApps);

        public const string RequiredSettings = nameof(RequiredSettings);
        public const string RequiredSettingsCollected = nameof(RequiredSettingsCollected);
        public const string AllRequiredSettings = nameof(AllRequiredSettings);

        public const string RequiredSecrets = nameof(RequiredSecrets);
        public const string RequiredSecretsCollected = nameof(RequiredSecretsCollected);
        public const string AllRequiredSecrets = nameof(AllRequiredSecrets);

        public const string ThirdPartyApis = nameof(ThirdPartyApis);
        public const string ThirdPartyApisCollected = nameof(ThirdPartyApisCollected);
        public const string AllThirdPartyApis = nameof(AllThirdPartyApis);

        public const string BaseUrlSettings = nameof(BaseUrlSettings);
        public const string BaseUrlSettingsCollected = nameof(BaseUrlSettingsCollected);
        public const string AllBaseUrlSettings = nameof(AllBaseUrlSettings);

        public const string ClientStorageKeys = nameof(ClientStorageKeys);
        public const string ClientStorageKeysCollected = nameof(ClientStorageKeysCollected);
        public const string AllClientStorageKeys = nameof(AllClientStorageKeys);

        public const string ServiceWorkers = nameof(ServiceWorkers);
        public const string ServiceWorkersCollected = nameof(ServiceWorkersCollected);
        public const string AllServiceWorkers = nameof(AllServiceWorkers);

        public const string StorageKeysAndServiceWorkers = nameof(StorageKeysAndServiceWorkers);
        public const string AllBrowserDeclarations = nameof(AllBrowserDeclarations);
        public const string BrowserDeclarations = nameof(BrowserDeclarations);
        public const string DeclarationsAndBrowser = nameof(DeclarationsAndBrowser);

        public const string SettingsAndSecrets = nameof(SettingsAndSecrets);
        public const string AppsAndApis = nameof(AppsAndApis);
        public const string AllDeclarations = nameof(AllDeclarations);
        public const string Declarations = nameof(Declarations);

        public const string FlagBaselines = nameof(FlagBaselines);
        public const string FlagBaselinesCollected = nameof(FlagBaselinesCollected);
        public const string FeatureFlagsClasses = nameof(FeatureFlagsClasses);
        public const string FeatureFlagsClassesCollected = nameof(FeatureFlagsClassesCollected);
        public const string FlagBaselinesInCode = nameof(FlagBaselinesInCode);
        public const string ProductionFlagFiles = nameof(ProductionFlagFiles);
        public const string ProductionFlagFilesCollected = nameof(ProductionFlagFilesCollected);
        public const string AllFlagBaselines = nameof(AllFlagBaselines);

        /// <summary>The one syntax provider's per-node step (<see cref="SyntaxCandidates"/>); the next four split it by kind.</summary>
        public const string SyntaxCandidates = nameof(SyntaxCandidates);
        public const string FlagReads = nameof(FlagReads);
        public const string FlagReadsCollected = nameof(FlagReadsCollected);
        public const string FeatureGateReads = nameof(FeatureGateReads);
        public const string FeatureGateReadsCollected = nameof(FeatureGateReadsCollected);
        public const string AllFlagReads = nameof(AllFlagReads);
        public const string FlagReadsAndProject = nameof(FlagReadsAndProject);

        public const string FeatureFlagInputs = nameof(FeatureFlagInputs);
        public const string FeatureFlags = nameof(FeatureFlags);

        public const string CompilationFacts = nameof(CompilationFacts);
        public const string RootNamespace = nameof(RootNamespace);
        public const string ProjectDirectory = nameof(ProjectDirectory);
        public const string CompilationInputs = nameof(CompilationInputs);
        public const string NullableAnnotations = nameof(NullableAnnotations);

        public const string ConfigurationReads = nameof(ConfigurationReads);
        public const string ConfigurationReadsCollected = nameof(ConfigurationReadsCollected);
        public const string AllConfigurationReads = nameof(AllConfigurationReads);

        public const string AppSettingsFiles = nameof(AppSettingsFiles);
        public const string AppSettingsCollected = nameof(AppSettingsCollected);
        public const string AllAppSettings = nameof(AllAppSettings);

        public const string ReadsAndAppSettings = nameof(ReadsAndAppSettings);
        public const string ConfigurationInputs = nameof(ConfigurationInputs);
        public const string Configuration = nameof(Configuration);

        public const string DeclarationsAndFlags = nameof(DeclarationsAndFlags);

        public const string DatabaseContext = nameof(DatabaseContext);
        public const string OwnAndReferencedSchemas = nameof(OwnAndReferencedSchemas);
        public const string DatabaseInputs = nameof(DatabaseInputs);
        public const string Database = nameof(Database);

        public const string ManifestInputs = nameof(ManifestInputs);
        public const string ManifestAndConfiguration = nameof(ManifestAndConfiguration);

        public const string ManifestInputsAndDatabase = nameof(ManifestInputsAndDatabase);
        public const string ManifestInputsAndSeeds = nameof(ManifestInputsAndSeeds);
        public const string Manifest = nameof(Manifest);
        public const string ManifestAndLanguage = nameof(ManifestAndLanguage);
    }
}
