using System.Collections.Immutable;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// The app's own shared-environment hosts named in <c>paritykit.shared_environment_hosts</c>: host names, URLs (their
    /// host is used) or <c>*.</c> wildcards for subdomains, for environments whose names no label gives away.
    /// </summary>
    internal sealed class SharedEnvironmentHostList
    {
        public static readonly SharedEnvironmentHostList Empty = new(ImmutableArray<HostPattern>.Empty);

        private readonly ImmutableArray<HostPattern> _hosts;

        private SharedEnvironmentHostList(ImmutableArray<HostPattern> hosts) => _hosts = hosts;

        public static SharedEnvironmentHostList Parse(string? option)
        {
            ImmutableArray<HostPattern>.Builder hosts = ImmutableArray.CreateBuilder<HostPattern>();
            foreach (string entry in ParityKitOptions.SplitList(option))
            {
                bool wildcard = entry.StartsWith("*.", System.StringComparison.Ordinal);
                string text = wildcard ? entry.Substring(2) : entry;
                if (UrlText.TryParse(text, out UrlText? url) || UrlText.TryParse("https://" + text, out url))
                {
                    hosts.Add(HostPattern.Parse((wildcard ? "*." : string.Empty) + url.Host.ToLowerInvariant()));
                }
            }

            return hosts.Count == 0 ? Empty : new SharedEnvironmentHostList(hosts.ToImmutable());
        }

        /// <summary>The entry the host matched, or <see langword="null"/>.</summary>
        public string? Match(string host)
        {
            foreach (HostPattern pattern in _hosts)
            {
                if (pattern.Matches(host, out _))
                {
                    return pattern.ToString();
                }
            }

            return null;
        }
    }
}
