using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// A literal that names a sandbox endpoint: which vendor and entry it matched, the sandbox base URL it holds and the
    /// live base URL production uses, and where the base URL ends in the literal (what follows is the call's own path).
    /// </summary>
    internal sealed class SandboxMatch
    {
        public SandboxMatch(
            UrlText url,
            int baseEnd,
            string vendorName,
            string apiName,
            string configKey,
            string sandboxBaseUrl,
            string? liveBaseUrl,
            Vendor? vendor,
            SandboxEntry? entry)
        {
            Url = url;
            BaseEnd = baseEnd;
            VendorName = vendorName;
            ApiName = apiName;
            ConfigKey = configKey;
            SandboxBaseUrl = sandboxBaseUrl;
            LiveBaseUrl = liveBaseUrl;
            Vendor = vendor;
            Entry = entry;
        }

        public UrlText Url { get; }

        /// <summary>Where the sandbox base URL starts in <see cref="UrlText.Text"/>.</summary>
        public int BaseStart => Url.Start;

        /// <summary>Where the sandbox base URL ends in <see cref="UrlText.Text"/>.</summary>
        public int BaseEnd { get; }

        /// <summary>The base URL (or host) as the literal writes it.</summary>
        /// <remarks>Credentials before the host (<c>user:password@</c>) are left out: the text ends up in build logs.</remarks>
        public string WrittenBase => Url.Scheme == null
            ? Url.Text.Substring(BaseStart, BaseEnd - BaseStart)
            : Url.Text.Substring(BaseStart, Url.Scheme.Length + 3) + Url.Text.Substring(Url.HostStart, BaseEnd - Url.HostStart);

        public string VendorName { get; }

        /// <summary>The name for the API's <c>[ThirdPartyApi]</c> declaration ("paypal").</summary>
        public string ApiName { get; }

        /// <summary>The configuration key the base URL belongs in ("PayPal:BaseUrl").</summary>
        public string ConfigKey { get; }

        /// <summary>The sandbox base URL in canonical form (lower-case scheme and host); a bare host when the literal is one.</summary>
        public string SandboxBaseUrl { get; }

        /// <summary>The live base URL, in the same form; <c>null</c> when the user did not name one.</summary>
        public string? LiveBaseUrl { get; }

        /// <summary>The catalog vendor, or <c>null</c> for a host from <c>paritykit.sandbox_hosts</c>.</summary>
        public Vendor? Vendor { get; }

        public SandboxEntry? Entry { get; }

        /// <summary>Builds <c>[scheme://]host[:port]tail</c>, keeping the literal's scheme and port.</summary>
        public static string ComposeBaseUrl(UrlText url, string host, string tail)
        {
            string port = url.Text.Substring(url.HostEnd, url.AuthorityEnd - url.HostEnd);
            return (url.Scheme == null ? string.Empty : url.Scheme + "://") + host + port + tail;
        }
    }
}
