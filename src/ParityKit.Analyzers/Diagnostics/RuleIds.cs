namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic id ParityKit reports. Ids are stable once shipped.</summary>
    internal static class RuleIds
    {
        // Data shape
        public const string RenamedOrDroppedColumnInSql = "PK1001";
        public const string RenamedOrDroppedTableInSql = "PK1002";
        public const string MappingNotInSnapshot = "PK1003";
        public const string SeedOutsideSchema = "PK1004";
        public const string MigrationsDisagreeWithSnapshot = "PK1005";

        public const string HardCodedSandboxEndpoint = "PK2001";

        // Third-party API keys and endpoints (issue 5)
        public const string HardCodedExternalEndpoint = "PK2002";
        public const string VendorKeyInCode = "PK2003";

        // Settings and secrets (issue 5)
        public const string UndeclaredSetting = "PK3001";
        public const string HardCodedConnectionString = "PK3002";
        public const string SecretWithFallback = "PK3003";
        public const string UnusedDeclaration = "PK3004";

        // Feature flags
        public const string FlagWithoutBaseline = "PK4001";
        public const string NonConstantFlagKey = "PK4002";
        public const string FlagDefaultDisagreesWithBaseline = "PK4003";
        public const string StaleFlag = "PK4004";
        public const string EnvironmentFlagDrift = "PK4005";
        public const string SeedCohortOnOneSide = "PK4006";

        // Browser
        public const string HardCodedSharedEnvironmentUrl = "PK5001";
        public const string UnfingerprintedStaticFiles = "PK5002";
        public const string UndeclaredClientState = "PK5003";

        public const string MalformedDeclaration = "PK9001";
        public const string DuplicateDeclaration = "PK9002";

        // Tooling ids taken by the feature-flag surface (next free after PK9002; other surfaces take the ones after).
        public const string ConflictingFlagBaseline = "PK9003";
        public const string UnreadableJsonFile = "PK9004";

        // Tooling ids taken by seed baselines (PK9010 on).
        public const string SeedNotGenerated = "PK9010";
        public const string DuplicateSeedName = "PK9011";
    }
}
