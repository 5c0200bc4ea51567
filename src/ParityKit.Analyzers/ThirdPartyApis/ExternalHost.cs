using System;
using System.Globalization;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// Tells a host on the public internet from this machine, a private network, a cluster-internal name or a name
    /// reserved for documentation and tests (RFC 2606, RFC 6761): only the first is a third party worth declaring.
    /// </summary>
    internal static class ExternalHost
    {
        private static readonly string[] ReservedSuffixes =
        {
            ".test", ".example", ".invalid", ".localhost", ".local", ".internal", ".lan", ".home.arpa", ".intranet", ".corp",
            ".svc", ".cluster.local",
        };

        private static readonly string[] ReservedDomains = { "example.com", "example.net", "example.org", "localhost" };

        public static bool IsExternal(string host)
        {
            string name = host.TrimEnd('.').ToLowerInvariant();
            if (name.StartsWith("[", StringComparison.Ordinal))
            {
                // IPv6: loopback, unique-local (fc00::/7) and link-local (fe80::/10) are not external.
                string address = name.Trim('[', ']');
                return !(address == "::1" || address.StartsWith("fc", StringComparison.Ordinal) || address.StartsWith("fd", StringComparison.Ordinal)
                    || address.StartsWith("fe8", StringComparison.Ordinal) || address.StartsWith("fe9", StringComparison.Ordinal)
                    || address.StartsWith("fea", StringComparison.Ordinal) || address.StartsWith("feb", StringComparison.Ordinal)
                    || address == "::");
            }

            if (TryParseIPv4(name, out byte[] ip))
            {
                return !IsPrivateOrLocal(ip);
            }

            // A single label ("orders-service") is a name inside a cluster or a compose network.
            if (name.IndexOf('.') < 0)
            {
                return false;
            }

            foreach (string domain in ReservedDomains)
            {
                if (name == domain || name.EndsWith("." + domain, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            foreach (string suffix in ReservedSuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPrivateOrLocal(byte[] ip) =>
            ip[0] == 127 || ip[0] == 10 || ip[0] == 0
            || (ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31)
            || (ip[0] == 192 && ip[1] == 168)
            || (ip[0] == 169 && ip[1] == 254)
            || (ip[0] == 100 && ip[1] >= 64 && ip[1] <= 127);

        private static bool TryParseIPv4(string name, out byte[] ip)
        {
            ip = new byte[4];
            string[] parts = name.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (parts[i].Length == 0 || parts[i].Length > 3 || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out ip[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
