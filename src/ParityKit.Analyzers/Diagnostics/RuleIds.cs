namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic id ParityKit reports. Ids are stable once shipped.</summary>
    internal static class RuleIds
    {
        public const string HardCodedSandboxEndpoint = "PK2001";

        // ---- Third-party API keys and endpoints (issue 5: settings, secrets and third-party API drift) ----
        public const string HardCodedExternalEndpoint = "PK2002";
        public const string VendorKeyInCode = "PK2003";

        // ---- Settings and secrets (issue 5) ----
        public const string UndeclaredSetting = "PK3001";
        public const string HardCodedConnectionString = "PK3002";
        public const string SecretWithFallback = "PK3003";
        public const string UnusedDeclaration = "PK3004";

        public const string MalformedDeclaration = "PK9001";
        public const string DuplicateDeclaration = "PK9002";
    }
}
