using System.Collections.Immutable;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>A vendor in the catalog (<c>vendor-catalog.json</c>).</summary>
    internal sealed class Vendor
    {
        public Vendor(
            string name,
            string apiName,
            string configPrefix,
            ImmutableArray<SandboxEntry> sandbox,
            ImmutableArray<string> liveHosts,
            VendorKeyPrefixes? keys = null)
        {
            Name = name;
            ApiName = apiName;
            ConfigPrefix = configPrefix;
            Sandbox = sandbox;
            LiveHosts = liveHosts;
            Keys = keys ?? VendorKeyPrefixes.None;
        }

        /// <summary>The vendor's display name ("PayPal").</summary>
        public string Name { get; }

        /// <summary>The name a <c>[ThirdPartyApi]</c> declaration gives the vendor's main API ("paypal").</summary>
        public string ApiName { get; }

        /// <summary>The configuration section its settings live under ("PayPal").</summary>
        public string ConfigPrefix { get; }

        public ImmutableArray<SandboxEntry> Sandbox { get; }

        public ImmutableArray<string> LiveHosts { get; }

        /// <summary>The prefixes of the vendor's API keys, by tier (PK2003).</summary>
        public VendorKeyPrefixes Keys { get; }
    }

    /// <summary>
    /// One sandbox endpoint of a vendor and the live endpoint production uses instead. Either a host pattern
    /// (<c>api-m.sandbox.paypal.com</c>, <c>*.api.sandbox.checkout.com</c>), a host with a path prefix
    /// (<c>pay-api.amazon.com/sandbox/</c>), or a path fragment on any host (<c>/OffAmazonPayments_Sandbox/</c>).
    /// </summary>
    internal sealed class SandboxEntry
    {
        public SandboxEntry(string pattern, HostPattern? host, string? path, string live, string? liveHost, string livePath, string apiName, string configKey)
        {
            Pattern = pattern;
            Host = host;
            Path = path;
            Live = live;
            LiveHost = liveHost;
            LivePath = livePath;
            ApiName = apiName;
            ConfigKey = configKey;
        }

        /// <summary>The pattern as the catalog writes it.</summary>
        public string Pattern { get; }

        /// <summary>The host to match; <c>null</c> for a path fragment that may appear on any host.</summary>
        public HostPattern? Host { get; }

        /// <summary>
        /// Without the pattern's closing '/': with a host, the path segments the path must start with; without one, the
        /// segments it must contain (<c>/sandbox</c>, <c>/OffAmazonPayments_Sandbox</c>). <c>null</c> for a host pattern.
        /// </summary>
        public string? Path { get; }

        /// <summary>The live counterpart as the catalog writes it; may hold a <c>{prefix}</c> placeholder.</summary>
        public string Live { get; }

        /// <summary>The live host; <c>null</c> for a path fragment, whose live form stays on the literal's host.</summary>
        public string? LiveHost { get; }

        /// <summary>The live counterpart of <see cref="Path"/> (<c>/live</c>); empty for a host pattern.</summary>
        public string LivePath { get; }

        /// <summary>The <c>[ThirdPartyApi]</c> name: the vendor's, or with the entry's separate API ("paypal-web").</summary>
        public string ApiName { get; }

        /// <summary>The configuration key of the base URL ("PayPal:BaseUrl", "PayPal:WebBaseUrl").</summary>
        public string ConfigKey { get; }
    }
}
