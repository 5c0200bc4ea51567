using System;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>Tells a reference to one of the app's own static files (<c>~/js/site.js</c>) from everything else.</summary>
    internal static class AssetUrl
    {
        /// <summary>
        /// Whether <paramref name="value"/> (an attribute value as written) is a fixed URL of a local asset that carries no
        /// version yet. Not: absolute and protocol-relative URLs (a CDN versions its own), <c>data:</c> and other schemes,
        /// Razor expressions (<c>@Url.Content(...)</c>, <c>@Assets[...]</c>), template placeholders, URLs that already
        /// carry a query string (<c>site.js?v=3</c>), and the framework's own <c>_framework/</c> files.
        /// </summary>
        public static bool IsUnversionedLocal(string? value)
        {
            string url = value?.Trim() ?? string.Empty;
            if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal)
                || url.IndexOfAny(Dynamic) >= 0 || HasScheme(url))
            {
                return false;
            }

            return !WebPath(url).StartsWith("_framework/", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The path under the web root: <c>~/js/site.js</c> → <c>js/site.js</c>.</summary>
        public static string WebPath(string url)
        {
            string path = url.Trim();
            if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("./", StringComparison.Ordinal))
            {
                return path.Substring(2);
            }

            return path.TrimStart('/');
        }

        private static readonly char[] Dynamic = { '@', '{', '}', '?', '<', '>', '"', '\'' };

        private static bool HasScheme(string url)
        {
            int colon = url.IndexOf(':');
            if (colon <= 0)
            {
                return false;
            }

            for (int i = 0; i < colon; i++)
            {
                char c = url[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
