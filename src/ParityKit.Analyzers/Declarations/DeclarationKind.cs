namespace ParityKit.Analyzers.Declarations
{
    /// <summary>The kinds of declaration that can repeat one another (PK9002).</summary>
    internal enum DeclarationKind
    {
        Setting,
        Secret,
        ThirdPartyApi,
        ClientStorageKey,
        ServiceWorker,
    }

    internal static class DeclarationKindExtensions
    {
        /// <summary>How diagnostics name a declaration of this kind ("setting 'Checkout:Currency'").</summary>
        public static string Describe(this DeclarationKind kind) => kind switch
        {
            DeclarationKind.Setting => "setting",
            DeclarationKind.Secret => "secret",
            DeclarationKind.ClientStorageKey => "client-storage key",
            DeclarationKind.ServiceWorker => "service worker",
            _ => "third-party API",
        };
    }
}
