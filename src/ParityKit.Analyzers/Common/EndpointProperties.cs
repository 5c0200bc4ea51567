namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Diagnostic properties shared by the rules that report an endpoint literal (PK2001, PK2002, PK5001), so one code-fix helper
    /// can split any of their literals: where the base URL (<c>scheme://host[:port]</c>, plus a vendor's path prefix)
    /// starts and ends in the literal's value, or in an interpolated string's first text part.
    /// </summary>
    internal static class EndpointProperties
    {
        public const string BaseStart = "BaseStart";
        public const string BaseEnd = "BaseEnd";
    }
}
