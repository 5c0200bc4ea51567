namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic id ParityKit reports. Ids are stable once shipped.</summary>
    internal static class RuleIds
    {
        public const string HardCodedSandboxEndpoint = "PK2001";

        // Browser
        public const string HardCodedSharedEnvironmentUrl = "PK5001";
        public const string UnfingerprintedStaticFiles = "PK5002";
        public const string UndeclaredClientState = "PK5003";

        public const string MalformedDeclaration = "PK9001";
        public const string DuplicateDeclaration = "PK9002";
    }
}
