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

        public const string MalformedDeclaration = "PK9001";
        public const string DuplicateDeclaration = "PK9002";
    }
}
