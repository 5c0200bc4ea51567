using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// Configuration keys as Microsoft.Extensions.Configuration treats them: case-insensitive, sections separated by
    /// <c>:</c>, and <c>__</c> standing for <c>:</c> in environment variable names.
    /// </summary>
    internal static class ConfigurationKey
    {
        /// <summary>Compares keys the way configuration does: <c>checkout__currency</c> is <c>Checkout:Currency</c>.</summary>
        public static IEqualityComparer<string> Comparer { get; } = new KeyComparer();

        /// <summary>The environment variable a provisioner sets for the key (<c>Checkout:Currency</c> → <c>Checkout__Currency</c>).</summary>
        public static string ToEnvironmentVariable(string key) => key.Replace(":", "__");

        /// <summary>
        /// What is wrong with a key, phrased to follow "the key ..." in a diagnostic, or <see langword="null"/> when it
        /// is fine. Keys are limited to what every environment can carry as a variable name (Kubernetes is the strictest:
        /// letters, digits, '.', '-', '_'), plus ':' between sections.
        /// </summary>
        public static string? FindProblem(string? key)
        {
            if (key is null || key.Trim().Length == 0)
            {
                return "is empty; pass the configuration key the app reads, e.g. \"Checkout:Currency\"";
            }

            foreach (char c in key)
            {
                if (!IsAllowed(c))
                {
                    return "contains " + Describe(c) + ", which an environment variable name cannot hold; "
                        + "use letters, digits, '.', '-', '_' and ':' between sections, e.g. \"Checkout:Currency\"";
                }
            }

            string normalized = Normalize(key);
            if (normalized.StartsWith(":", StringComparison.Ordinal)
                || normalized.EndsWith(":", StringComparison.Ordinal)
                || normalized.Contains("::"))
            {
                return "has an empty section (a leading, trailing or doubled ':' or '__'); write the sections separated by single ':', e.g. \"Checkout:Currency\"";
            }

            return null;
        }

        /// <summary>Describes a character for a diagnostic message, making invisible ones visible.</summary>
        public static string Describe(char c) => c switch
        {
            ' ' => "a space",
            '\t' => "a tab",
            _ when char.IsControl(c) || char.IsWhiteSpace(c) => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            _ => "'" + c + "'",
        };

        private static bool IsAllowed(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_' or ':';

        /// <summary>
        /// The key in the one spelling every comparison uses: <c>__</c> as <c>:</c>, lower case (invariant). Two keys
        /// are the same configuration key exactly when their canonical forms are equal (ordinal).
        /// </summary>
        public static string Canonical(string key) => Normalize(key).ToLowerInvariant();

        /// <summary>
        /// The key <paramref name="key"/> of the section <paramref name="section"/> (<c>Stripe</c> + <c>ApiKey</c> →
        /// <c>Stripe:ApiKey</c>); the root section is the empty string.
        /// </summary>
        public static string Combine(string section, string key) =>
            section.Length == 0 ? key : key.Length == 0 ? section : section + ":" + key;

        /// <summary>
        /// Whether the canonical key <paramref name="canonicalKey"/> is <paramref name="canonicalSection"/> itself or lies
        /// in its subtree (both canonical). The root section (empty) holds every key.
        /// </summary>
        public static bool IsInSection(string canonicalKey, string canonicalSection) =>
            canonicalSection.Length == 0
            || (canonicalKey.StartsWith(canonicalSection, StringComparison.Ordinal)
                && (canonicalKey.Length == canonicalSection.Length || canonicalKey[canonicalSection.Length] == ':'));

        private static string Normalize(string key) => key.Replace("__", ":");

        private sealed class KeyComparer : IEqualityComparer<string>
        {
            public bool Equals(string? x, string? y) =>
                x is null || y is null ? ReferenceEquals(x, y) : StringComparer.OrdinalIgnoreCase.Equals(Normalize(x), Normalize(y));

            public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Normalize(obj));
        }
    }
}
