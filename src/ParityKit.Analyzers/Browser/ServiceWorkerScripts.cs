namespace ParityKit.Analyzers.Browser
{
    /// <summary>Between a service worker's registration URL (<c>/sw.js</c>) and the declaration's project path (<c>wwwroot/sw.js</c>).</summary>
    internal static class ServiceWorkerScripts
    {
        private static readonly char[] QueryOrFragment = { '?', '#' };

        /// <summary>The URL's path without query, fragment, leading <c>/</c>, <c>./</c> or <c>~/</c>: <c>/js/sw.js?v=2</c> → <c>js/sw.js</c>.</summary>
        public static string ToWebPath(string scriptUrl)
        {
            string path = scriptUrl.Trim();
            int end = path.IndexOfAny(QueryOrFragment);
            if (end >= 0)
            {
                path = path.Substring(0, end);
            }

            int start = 0;
            while (start < path.Length && (path[start] == '/' || path[start] == '~' || path[start] == '.'))
            {
                // "./", "~/", "/" and "../" (a relative URL above the page still lands in the web root here).
                start++;
            }

            return path.Substring(start);
        }

        /// <summary>The declaration to suggest for a registration: the file under <c>wwwroot/</c>.</summary>
        public static string SuggestedDeclarationPath(string scriptUrl)
        {
            string webPath = ToWebPath(scriptUrl);
            return webPath.Length == 0 ? "wwwroot/sw.js" : "wwwroot/" + webPath;
        }
    }
}
