namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Diagnostic categories, one per drift surface.</summary>
    internal static class Categories
    {
        public const string DataShape = "ParityKit.DataShape";
        public const string ThirdPartyApis = "ParityKit.ThirdPartyApis";
        public const string Settings = "ParityKit.Settings";
        public const string Flags = "ParityKit.Flags";
        public const string Browser = "ParityKit.Browser";
        public const string Tooling = "ParityKit.Tooling";
    }
}
