using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// Whether a URL is a sandbox endpoint as PK2001 sees it: the vendor catalog, then <c>paritykit.sandbox_hosts</c>
    /// (global, or per file from an .editorconfig section, each distinct value parsed once). Lets other rules leave
    /// PK2001's literals to it.
    /// </summary>
    internal sealed class SandboxHostLookup
    {
        private static readonly Func<string, SandboxHostOptions> ParseHosts = SandboxHostOptions.Parse;

        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly SandboxHostOptions _globalHosts;
        private readonly ConcurrentDictionary<string, SandboxHostOptions> _hostsByValue = new(StringComparer.Ordinal);

        public SandboxHostLookup(AnalyzerConfigOptionsProvider options)
        {
            _options = options;
            _globalHosts = SandboxHostOptions.Parse(ParityKitOptions.GetGlobal(options, ParityKitOptions.SandboxHosts));
        }

        public bool TryMatch(UrlText url, SyntaxTree tree, [NotNullWhen(true)] out SandboxMatch? match) =>
            VendorCatalog.Embedded.TryMatch(url, out match) || HostsFor(tree).TryMatch(url, out match);

        private SandboxHostOptions HostsFor(SyntaxTree tree) =>
            _options.GetOptions(tree).TryGetValue(ParityKitOptions.SandboxHosts, out string? value)
                ? _hostsByValue.GetOrAdd(value, ParseHosts)
                : _globalHosts;
    }
}
