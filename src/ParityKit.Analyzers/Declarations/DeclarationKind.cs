namespace ParityKit.Analyzers.Declarations
{
    /// <summary>The declaration attributes the manifest is built from.</summary>
    internal enum DeclarationKind
    {
        App,
        Setting,
        Secret,
        ThirdPartyApi,
    }

    internal static class DeclarationKindExtensions
    {
        /// <summary>How diagnostics name a declaration of this kind ("setting 'Checkout:Currency'").</summary>
        public static string Describe(this DeclarationKind kind) => kind switch
        {
            DeclarationKind.App => "app name",
            DeclarationKind.Setting => "setting",
            DeclarationKind.Secret => "secret",
            _ => "third-party API",
        };
    }
}
