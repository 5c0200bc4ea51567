using System.Collections.Immutable;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>What the flag diagnostics tell their code fixes (ParityKit.CodeFixes) through <c>Diagnostic.Properties</c>.</summary>
    internal static class FlagDiagnosticProperties
    {
        /// <summary>PK4001: the flag key to declare.</summary>
        public const string Key = "FlagKey";

        /// <summary>PK4001: the baseline to propose (the call-site default when there is one, else off). PK4003: the baseline.</summary>
        public const string Enabled = "Enabled";

        public static ImmutableDictionary<string, string?> ForMissingBaseline(string key, bool enabled) =>
            ImmutableDictionary<string, string?>.Empty.Add(Key, key).Add(Enabled, enabled ? "true" : "false");

        public static ImmutableDictionary<string, string?> ForDefault(bool baseline) =>
            ImmutableDictionary<string, string?>.Empty.Add(Enabled, baseline ? "true" : "false");
    }
}
