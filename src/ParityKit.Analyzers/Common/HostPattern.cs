using System;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// A host name, or <c>*.host</c> for any subdomain of it. Comparison is case-insensitive and whole-label:
    /// <c>api.sandbox.paypal.com</c> does not match <c>notapi.sandbox.paypal.com</c> or <c>api.sandbox.paypal.com.evil</c>.
    /// </summary>
    internal readonly struct HostPattern
    {
        private HostPattern(string host, bool isWildcard)
        {
            Host = host;
            IsWildcard = isWildcard;
        }

        /// <summary>The host, or for a wildcard the parent domain its subdomains must end with.</summary>
        public string Host { get; }

        public bool IsWildcard { get; }

        public static HostPattern Parse(string pattern) =>
            pattern.StartsWith("*.", StringComparison.Ordinal)
                ? new HostPattern(pattern.Substring(2), isWildcard: true)
                : new HostPattern(pattern, isWildcard: false);

        /// <summary>
        /// Whether <paramref name="host"/> matches. For a wildcard, <paramref name="wildcardPart"/> is what the <c>*</c>
        /// stood for (<c>xyz</c> in <c>xyz.api.sandbox.checkout.com</c>), so a live counterpart can reuse it.
        /// </summary>
        public bool Matches(string host, out string? wildcardPart)
        {
            wildcardPart = null;
            if (!IsWildcard)
            {
                return string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
            }

            int dot = host.Length - Host.Length - 1;
            if (dot <= 0 || host[dot] != '.' || string.Compare(host, dot + 1, Host, 0, Host.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            wildcardPart = host.Substring(0, dot);
            return true;
        }

        public override string ToString() => IsWildcard ? "*." + Host : Host;
    }
}
