using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// One recognised configuration read: what it reads, where to report it (the key argument, or the call when the keys
    /// come from a bound type), and the constant it falls back to when the key has no value, if any.
    /// </summary>
    internal sealed class ConfigurationRead
    {
        public ConfigurationRead(ReadApi api, SyntaxNode reportAt, ImmutableArray<ReadKey> keys, IOperation? fallback)
        {
            Api = api;
            ReportAt = reportAt;
            Keys = keys;
            Fallback = fallback;
        }

        public ReadApi Api { get; }

        public SyntaxNode ReportAt { get; }

        public ImmutableArray<ReadKey> Keys { get; }

        /// <summary>The constant used when the key is missing: <c>?? "USD"</c>, or <c>GetValue(key, 5)</c>'s default.</summary>
        public IOperation? Fallback { get; }
    }
}
