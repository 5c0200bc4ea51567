using System;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>What a configuration read covers.</summary>
    internal enum ReadKeyKind
    {
        /// <summary>One key: <c>configuration["Stripe:ApiKey"]</c>.</summary>
        Key,

        /// <summary>A section and everything under it: <c>configuration.GetSection("Stripe")</c> handed elsewhere.</summary>
        Section,

        /// <summary>
        /// A key built at run time: only its constant start (<see cref="ReadKey.Key"/>) and end (<see cref="ReadKey.Suffix"/>)
        /// are known, as in <c>configuration[$"Stripe:{name}"]</c>. Never reported; it only keeps keys it may be from
        /// counting as unread.
        /// </summary>
        Pattern,
    }

    /// <summary>
    /// One key (or section, or key pattern) a read covers, as written (case and separators kept, for messages and the
    /// manifest). Value-equatable, so the manifest generator's pipeline can carry it.
    /// </summary>
    internal readonly struct ReadKey : IEquatable<ReadKey>
    {
        public ReadKey(ReadKeyKind kind, string key, string suffix = "", bool hasFallback = false)
        {
            Kind = kind;
            Key = key;
            Suffix = suffix;
            HasFallback = hasFallback;
        }

        public ReadKeyKind Kind { get; }

        /// <summary>The key, the section path (empty for the root), or a pattern's constant start.</summary>
        public string Key { get; }

        /// <summary>A pattern's constant end; empty otherwise.</summary>
        public string Suffix { get; }

        /// <summary>Whether the read supplies its own value when the key has none (<c>?? "USD"</c>, a default argument).</summary>
        public bool HasFallback { get; }

        public static ReadKey ForKey(string key, bool hasFallback = false) => new(ReadKeyKind.Key, key, hasFallback: hasFallback);

        public static ReadKey ForSection(string section) => new(ReadKeyKind.Section, section);

        public static ReadKey ForPattern(string prefix, string suffix) => new(ReadKeyKind.Pattern, prefix, suffix);

        public bool Equals(ReadKey other) =>
            Kind == other.Kind && HasFallback == other.HasFallback
            && string.Equals(Key, other.Key, StringComparison.Ordinal) && string.Equals(Suffix, other.Suffix, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is ReadKey other && Equals(other);

        public override int GetHashCode() =>
            HashCombiner.Combine(HashCombiner.Combine(HashCombiner.Combine((int)Kind, Key), Suffix), HasFallback ? 1 : 0);

        public override string ToString() => Kind switch
        {
            ReadKeyKind.Key => Key,
            ReadKeyKind.Section => Key + ":*",
            _ => Key + "…" + Suffix,
        };
    }
}
