using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Json;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// The vendor catalog embedded in the analyzer assembly (<c>vendor-catalog.json</c>): sandbox endpoints and their live
    /// counterparts. Loaded once per process; matching is a dictionary look-up per parent domain of the host.
    /// </summary>
    internal sealed class VendorCatalog
    {
        public const string ResourceName = "ParityKit.VendorCatalog.json";

        private static readonly Lazy<VendorCatalog> EmbeddedCatalog = new(LoadEmbedded);

        // Host and wildcard entries under the host (or the wildcard's parent domain) they match; path-fragment entries
        // apart, since they may appear on any host.
        private readonly Dictionary<string, List<Candidate>> _byHost = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<Candidate> _pathFragments = new();

        private VendorCatalog(ImmutableArray<Vendor> vendors)
        {
            Vendors = vendors;
            foreach (Vendor vendor in vendors)
            {
                foreach (SandboxEntry entry in vendor.Sandbox)
                {
                    if (entry.Host is HostPattern host)
                    {
                        if (!_byHost.TryGetValue(host.Host, out List<Candidate>? list))
                        {
                            _byHost[host.Host] = list = new List<Candidate>();
                        }

                        list.Add(new Candidate(vendor, entry));
                    }
                    else
                    {
                        _pathFragments.Add(new Candidate(vendor, entry));
                    }
                }
            }
        }

        public static VendorCatalog Embedded => EmbeddedCatalog.Value;

        public ImmutableArray<Vendor> Vendors { get; }

        /// <summary>Reads a catalog. Entries that are incomplete are left out; unreadable JSON gives an empty catalog.</summary>
        public static VendorCatalog Parse(string? json)
        {
            ImmutableArray<Vendor>.Builder vendors = ImmutableArray.CreateBuilder<Vendor>();
            if (JsonReader.Parse(json).Root is JsonObject root && root.GetValueOrNull("vendors") is JsonArray items)
            {
                foreach (JsonValue item in items.Items)
                {
                    if (item is JsonObject vendor && ReadVendor(vendor) is Vendor read)
                    {
                        vendors.Add(read);
                    }
                }
            }

            return new VendorCatalog(vendors.ToImmutable());
        }

        /// <summary>Finds the sandbox entry <paramref name="url"/> points at, if any.</summary>
        public bool TryMatch(UrlText url, [NotNullWhen(true)] out SandboxMatch? match)
        {
            // The host itself, then each parent domain: exact entries match the former, wildcards the latter.
            string host = url.Host;
            for (int from = 0; from >= 0; from = NextLabel(host, from))
            {
                string key = from == 0 ? host : host.Substring(from);
                if (_byHost.TryGetValue(key, out List<Candidate>? candidates) && TryMatchAny(url, candidates, out match))
                {
                    return true;
                }
            }

            return TryMatchAny(url, _pathFragments, out match);
        }

        private static int NextLabel(string host, int from)
        {
            int dot = host.IndexOf('.', from);
            return dot < 0 ? -1 : dot + 1;
        }

        private static bool TryMatchAny(UrlText url, List<Candidate> candidates, [NotNullWhen(true)] out SandboxMatch? match)
        {
            foreach (Candidate candidate in candidates)
            {
                match = TryMatch(url, candidate.Vendor, candidate.Entry);
                if (match != null)
                {
                    return true;
                }
            }

            match = null;
            return false;
        }

        private static SandboxMatch? TryMatch(UrlText url, Vendor vendor, SandboxEntry entry)
        {
            string? wildcardPart = null;
            if (entry.Host is HostPattern hostPattern && !hostPattern.Matches(url.Host, out wildcardPart))
            {
                return null;
            }

            // The base URL ends after the pattern's path; the call's own path follows.
            string sandboxTail = string.Empty;
            string liveTail = string.Empty;
            if (entry.Path != null)
            {
                int at = entry.Host != null ? (IsSegmentAt(url.Path, 0, entry.Path) ? 0 : -1) : IndexOfSegment(url.Path, entry.Path);
                if (at < 0)
                {
                    return null;
                }

                sandboxTail = url.Path.Substring(0, at + entry.Path.Length);
                liveTail = url.Path.Substring(0, at) + entry.LivePath;
            }

            string liveHost = entry.LiveHost ?? url.Host.ToLowerInvariant();
            if (wildcardPart != null)
            {
                liveHost = liveHost.Replace("{prefix}", wildcardPart.ToLowerInvariant());
            }

            return new SandboxMatch(
                url,
                url.AuthorityEnd + sandboxTail.Length,
                vendor.Name,
                entry.ApiName,
                entry.ConfigKey,
                SandboxMatch.ComposeBaseUrl(url, url.Host.ToLowerInvariant(), sandboxTail),
                SandboxMatch.ComposeBaseUrl(url, liveHost, liveTail),
                vendor,
                entry);
        }

        /// <summary>Whether <paramref name="path"/> has the segment(s) <paramref name="segment"/> at <paramref name="at"/>, ending at a '/' or the path's end.</summary>
        private static bool IsSegmentAt(string path, int at, string segment) =>
            at + segment.Length <= path.Length
            && string.Compare(path, at, segment, 0, segment.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (at + segment.Length == path.Length || path[at + segment.Length] == '/');

        private static int IndexOfSegment(string path, string segment)
        {
            for (int at = path.IndexOf(segment, StringComparison.OrdinalIgnoreCase); at >= 0; at = path.IndexOf(segment, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (IsSegmentAt(path, at, segment))
                {
                    return at;
                }
            }

            return -1;
        }

        private static Vendor? ReadVendor(JsonObject vendor)
        {
            string? name = GetString(vendor, "vendor");
            string? apiName = GetString(vendor, "apiName");
            string? configPrefix = GetString(vendor, "configPrefix");
            if (name == null || apiName == null || configPrefix == null)
            {
                return null;
            }

            ImmutableArray<SandboxEntry>.Builder sandbox = ImmutableArray.CreateBuilder<SandboxEntry>();
            if (vendor.GetValueOrNull("sandbox") is JsonArray entries)
            {
                foreach (JsonValue item in entries.Items)
                {
                    if (item is JsonObject entry && ReadSandboxEntry(entry, apiName, configPrefix) is SandboxEntry read)
                    {
                        sandbox.Add(read);
                    }
                }
            }

            ImmutableArray<string>.Builder live = ImmutableArray.CreateBuilder<string>();
            if (vendor.GetValueOrNull("live") is JsonArray liveHosts)
            {
                foreach (JsonValue item in liveHosts.Items)
                {
                    if (item is JsonString host)
                    {
                        live.Add(host.Value);
                    }
                }
            }

            return new Vendor(name, apiName, configPrefix, sandbox.ToImmutable(), live.ToImmutable(), VendorKeyPrefixes.Read(vendor));
        }

        private static SandboxEntry? ReadSandboxEntry(JsonObject entry, string vendorApiName, string configPrefix)
        {
            string? live = GetString(entry, "live");
            if (live == null)
            {
                return null;
            }

            // A separate API of the vendor ("Web") gets its own name and key: paypal-web, PayPal:WebBaseUrl.
            string? api = GetString(entry, "api");
            string apiName = api == null ? vendorApiName : vendorApiName + "-" + api.ToLowerInvariant();
            string configKey = configPrefix + ":" + api + "BaseUrl";

            if (GetString(entry, "host") is string host)
            {
                return new SandboxEntry(host, HostPattern.Parse(host), path: null, live, live, livePath: string.Empty, apiName, configKey);
            }

            // "host/path-prefix/" or "/path-fragment/", with the live form in the same shape.
            string? url = GetString(entry, "url");
            int slash = url?.IndexOf('/') ?? -1;
            int liveSlash = live.IndexOf('/');
            if (url == null || slash < 0 || liveSlash < 0 || !url.EndsWith("/", StringComparison.Ordinal) || url.Length - slash < 3)
            {
                return null;
            }

            HostPattern? hostPattern = slash == 0 ? null : HostPattern.Parse(url.Substring(0, slash));
            string? liveHost = slash == 0 ? null : live.Substring(0, liveSlash);
            return new SandboxEntry(
                url,
                hostPattern,
                url.Substring(slash, url.Length - slash - 1),
                live,
                liveHost,
                live.Substring(liveSlash).TrimEnd('/'),
                apiName,
                configKey);
        }

        private static string? GetString(JsonObject obj, string name) => (obj.GetValueOrNull(name) as JsonString)?.Value;

        private static VendorCatalog LoadEmbedded()
        {
            // Lazy<T> would cache an exception and rethrow it in every compilation: fall back to an empty catalog.
            try
            {
                using Stream? stream = typeof(VendorCatalog).Assembly.GetManifestResourceStream(ResourceName);
                if (stream == null)
                {
                    return Parse(null);
                }

                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            }
            catch (IOException)
            {
                return Parse(null);
            }
        }

        private readonly struct Candidate
        {
            public Candidate(Vendor vendor, SandboxEntry entry)
            {
                Vendor = vendor;
                Entry = entry;
            }

            public Vendor Vendor { get; }

            public SandboxEntry Entry { get; }
        }
    }
}
