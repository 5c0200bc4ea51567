namespace ParityKit.Analyzers.Common
{
    /// <summary>Metadata names of the declaration attributes (assembly ParityKit.Annotations) and of types ParityKit recognises.</summary>
    internal static class MetadataNames
    {
        public const string ParityAppAttribute = "ParityKit.ParityAppAttribute";
        public const string RequiresSettingAttribute = "ParityKit.RequiresSettingAttribute";
        public const string RequiresSecretAttribute = "ParityKit.RequiresSecretAttribute";
        public const string ThirdPartyApiAttribute = "ParityKit.ThirdPartyApiAttribute";
        public const string FlagBaselineAttribute = "ParityKit.FlagBaselineAttribute";
        public const string FeatureFlagsAttribute = "ParityKit.FeatureFlagsAttribute";
        public const string BaselineAttribute = "ParityKit.BaselineAttribute";
        public const string FlagKeyAttribute = "ParityKit.FlagKeyAttribute";
        public const string TargetingIdAttribute = "ParityKit.TargetingIdAttribute";
        public const string SeedBaselineAttribute = "ParityKit.SeedBaselineAttribute";
        public const string ClientStorageKeyAttribute = "ParityKit.ClientStorageKeyAttribute";
        public const string ServiceWorkerAttribute = "ParityKit.ServiceWorkerAttribute";
        public const string BaseUrlSettingAttribute = "ParityKit.BaseUrlSettingAttribute";
        public const string ApiTier = "ParityKit.ApiTier";

        public const string IConfiguration = "Microsoft.Extensions.Configuration.IConfiguration";
    }
}
