namespace ParityKit.Analyzers.Seeds
{
    /// <summary>Step names of the seed baseline pipeline, for <c>WithTrackingName</c> and the caching tests.</summary>
    internal static class SeedTrackingNames
    {
        public const string SeedClasses = "ParityKit.Seeds.SeedClasses";
        public const string Schemas = "ParityKit.Seeds.Schemas";
        public const string SeedsWithSchemas = "ParityKit.Seeds.SeedsWithSchemas";
        public const string OwnAndReferencedSchemas = "ParityKit.Seeds.OwnAndReferencedSchemas";
        public const string Seeds = "ParityKit.Seeds.Seeds";
        public const string ReferencesEfCore = "ParityKit.Seeds.ReferencesEfCore";
        public const string SeedsToEmit = "ParityKit.Seeds.SeedsToEmit";
        public const string SeedsCollected = "ParityKit.Seeds.SeedsCollected";
        public const string SeedOutputsCollected = "ParityKit.Seeds.SeedOutputsCollected";
        public const string ManifestSeeds = "ParityKit.Seeds.ManifestSeeds";
        public const string ExportedSeeds = "ParityKit.Seeds.ExportedSeeds";
        public const string SeedsWithExports = "ParityKit.Seeds.SeedsWithExports";
        public const string SeedsWithLanguageVersion = "ParityKit.Seeds.SeedsWithLanguageVersion";
    }
}
