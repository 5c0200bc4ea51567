using System;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>The base URLs of a third-party API's tiers: absolute http(s) URLs with no credentials in them.</summary>
    internal static class EndpointUrl
    {
        /// <summary>What is wrong with the URL, phrased to follow "Live ..." / "Sandbox ...", or <see langword="null"/>.</summary>
        public static string? FindProblem(string value)
        {
            if (value.Trim().Length == 0)
            {
                return "is empty; give the tier's base URL, e.g. \"https://api.example.com\", or leave it out";
            }

            if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
                || !(uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                || value.Trim().Length != value.Length)
            {
                return "is not an absolute http(s) URL; write the base URL with its scheme, e.g. \"https://api.example.com\"";
            }

            // The manifest and the assembly are not places for credentials; the URL's user-info part would put one there.
            if (uri.UserInfo.Length > 0)
            {
                return "carries credentials before the host (user:password@); keep them in a declared secret and the URL plain";
            }

            return null;
        }
    }
}
