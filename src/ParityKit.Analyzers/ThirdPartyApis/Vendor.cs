using System.Collections.Immutable;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>A vendor in the catalog (<c>vendor-catalog.json</c>).</summary>
    internal sealed class Vendor
    {
        public Vendor(string name, string apiName, string configPrefix, ImmutableArray<SandboxEntry> sandbox, ImmutableArray<string> liveHosts)
        {
            Name = name;
            ApiName = apiName;
            ConfigPrefix = configPrefix;
            Sandbox = sandbox;
            LiveHosts = liveHosts;
        }

        /// <summary>The vendor's display name ("PayPal").</summary>
        public string Name { get; }

        /// <summary>The name a <c>[ThirdPartyApi]</c> declaration gives the vendor's main API ("paypal").</summary>
        public string ApiName { get; }

        /// <summary>The configuration section its settings live under ("PayPal").</summary>
        public string ConfigPrefix { get; }

        public ImmutableArray<SandboxEntry> Sandbox { get; }

        public ImmutableArray<string> LiveHosts { get; }
    }

    /// <summary>
    /// One sandbox endpoint of a vendor and the live endpoint production uses instead. Either a host pattern
    /// (<c>api-m.sandbox.paypal.com</c>, <c>*.api.sandbox.checkout.com</c>), a host with a path prefix
    /// (<c>pay-api.amazon.com/sandbox/</c>), or a path fragment on any host (<c>/OffAmazonPayments_Sandbox/</c>).
    /// </summary>
    internal sealed class SandboxEntry
    {
        public SandboxEntry(string pattern, HostPattern? host, string? path, string live, string? api)
        {
            Pattern = pattern;
            Host = host;
            Path = path;
            Live = live;
            Api = api;
        }

        /// <summary>The pattern as the catalog writes it.</summary>
        public string Pattern { get; }

        /// <summary>The host to match; <c>null</c> for a path fragment that may appear on any host.</summary>
        public HostPattern? Host { get; }

        /// <summary>
        /// With a host, the prefix the path must start with; without one, the fragment the path must contain. Both start
        /// and end with '/' (a path that ends where the pattern's last '/' would be matches too).
        /// </summary>
        public string? Path { get; }

        /// <summary>The live counterpart, in the same shape as the pattern; may hold a <c>{prefix}</c> placeholder.</summary>
        public string Live { get; }

        /// <summary>A separate API of the vendor ("Web"), or <c>null</c> for the vendor's main API.</summary>
        public string? Api { get; }
    }
}
