using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// The app's own sandbox hosts, from <c>paritykit.sandbox_hosts = sandbox.acme.test=api.acme.test, *.qa.partner.example</c>
    /// in .editorconfig/.globalconfig. Each entry is a host (or <c>*.</c> wildcard), optionally with the live host after '='.
    /// </summary>
    internal sealed class SandboxHostOptions
    {
        public static readonly SandboxHostOptions Empty = new(ImmutableArray<UserHost>.Empty);

        // Labels that say "which tier" or "which door", not "whose API": skipped when naming an API after its host.
        private static readonly string[] GenericLabels =
        {
            "sandbox", "sbox", "test", "testing", "staging", "stage", "uat", "qa", "dev", "playground", "preview", "api", "www", "app",
        };

        private readonly ImmutableArray<UserHost> _hosts;

        private SandboxHostOptions(ImmutableArray<UserHost> hosts) => _hosts = hosts;

        /// <summary>Reads the option value. Entries that are not host names are ignored.</summary>
        public static SandboxHostOptions Parse(string? value)
        {
            ImmutableArray<UserHost>.Builder hosts = ImmutableArray.CreateBuilder<UserHost>();
            foreach (string item in ParityKitOptions.SplitList(value))
            {
                int equals = item.IndexOf('=');
                string sandboxText = equals < 0 ? item : item.Substring(0, equals).Trim();
                string? liveText = equals < 0 ? null : item.Substring(equals + 1).Trim();

                bool wildcard = sandboxText.StartsWith("*.", StringComparison.Ordinal);
                string? sandboxHost = ReadHost(wildcard ? sandboxText.Substring(2) : sandboxText);
                string? liveHost = liveText == null ? null : ReadHost(liveText);
                if (sandboxHost == null || (liveText != null && liveHost == null))
                {
                    continue;
                }

                string name = NameAfter(liveHost ?? sandboxHost);
                hosts.Add(new UserHost(HostPattern.Parse((wildcard ? "*." : string.Empty) + sandboxHost), liveHost, name, ToPascalCase(name)));
            }

            return hosts.Count == 0 ? Empty : new SandboxHostOptions(hosts.ToImmutable());
        }

        public bool TryMatch(UrlText url, [NotNullWhen(true)] out SandboxMatch? match)
        {
            foreach (UserHost host in _hosts)
            {
                if (host.Pattern.Matches(url.Host, out _))
                {
                    string? live = host.LiveHost == null ? null : SandboxMatch.ComposeBaseUrl(url, host.LiveHost, string.Empty);
                    match = new SandboxMatch(
                        url,
                        url.AuthorityEnd,
                        host.ConfigPrefix,
                        host.ApiName,
                        host.ConfigPrefix + ":BaseUrl",
                        SandboxMatch.ComposeBaseUrl(url, url.Host.ToLowerInvariant(), string.Empty),
                        live,
                        vendor: null,
                        entry: null);
                    return true;
                }
            }

            match = null;
            return false;
        }

        /// <summary>Accepts "host", "host:port" or a URL, and returns the host in lower case.</summary>
        private static string? ReadHost(string text) =>
            UrlText.TryParse(text, out UrlText? url) || UrlText.TryParse("https://" + text, out url) ? url.Host.ToLowerInvariant() : null;

        /// <summary>
        /// Names an API after its host: the most significant label that is not the top-level domain or a generic word,
        /// so <c>sandbox.acme.test</c> and <c>api.acme.test</c> both give <c>acme</c>.
        /// </summary>
        internal static string NameAfter(string host)
        {
            string[] labels = host.ToLowerInvariant().Split('.');
            for (int i = labels.Length - 2; i >= 0; i--)
            {
                if (labels[i].Length > 0 && Array.IndexOf(GenericLabels, labels[i]) < 0)
                {
                    return labels[i];
                }
            }

            return "sandbox-api";
        }

        /// <summary><c>acme-pay</c> → <c>AcmePay</c>: a configuration section name.</summary>
        internal static string ToPascalCase(string name)
        {
            var builder = new StringBuilder(name.Length);
            bool upper = true;
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                }
                else
                {
                    builder.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
            }

            return builder.Length == 0 || char.IsDigit(builder[0]) ? "Api" + builder : builder.ToString();
        }

        private readonly struct UserHost
        {
            public UserHost(HostPattern pattern, string? liveHost, string apiName, string configPrefix)
            {
                Pattern = pattern;
                LiveHost = liveHost;
                ApiName = apiName;
                ConfigPrefix = configPrefix;
            }

            public HostPattern Pattern { get; }

            public string? LiveHost { get; }

            public string ApiName { get; }

            public string ConfigPrefix { get; }
        }
    }
}
