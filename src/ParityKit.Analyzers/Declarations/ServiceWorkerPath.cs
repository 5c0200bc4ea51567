using System;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// The path of a declared service-worker script: project-relative, with '/' separators, inside the project, so the
    /// manifest means the same file on every machine. Backslashes and a leading <c>./</c> are tidied, not reported.
    /// </summary>
    internal static class ServiceWorkerPath
    {
        private const string Example = "e.g. \"wwwroot/sw.js\"";

        /// <summary>The path with '/' separators and without <c>./</c> segments; <see langword="null"/> stays null.</summary>
        public static string? Normalize(string? path)
        {
            if (path is null)
            {
                return null;
            }

            string normalized = path.Replace('\\', '/');
            while (normalized.StartsWith("./", StringComparison.Ordinal))
            {
                normalized = normalized.Substring(2);
            }

            return normalized.Replace("/./", "/");
        }

        /// <summary>What is wrong with a (normalized) path, phrased to follow "the path ...", or <see langword="null"/>.</summary>
        public static string? FindProblem(string? path)
        {
            if (path is null || path.Trim().Length == 0)
            {
                return "is empty; give the script's project-relative path, " + Example;
            }

            if (path.Trim().Length != path.Length)
            {
                return "starts or ends with whitespace; give the script's project-relative path, " + Example;
            }

            if (path.IndexOf("://", StringComparison.Ordinal) >= 0 || path.StartsWith("//", StringComparison.Ordinal))
            {
                return "is a URL; give the script's project-relative path (the file, not the address it is served at), " + Example;
            }

            if (path[0] == '/' || path[0] == '~' || (path.Length > 1 && path[1] == ':'))
            {
                return "is absolute; give the script's path relative to the project directory, " + Example;
            }

            if (path == ".." || path.StartsWith("../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal)
                || path.IndexOf("/../", StringComparison.Ordinal) >= 0)
            {
                return "uses '..'; give the script's path inside the project, " + Example;
            }

            return null;
        }
    }
}
