using System;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// Turns a syntax tree's path into the manifest's <c>readAt</c> form: relative to the project directory, with '/'
    /// separators. A file outside the project (a linked file) is named by its file name only: the manifest never holds
    /// an absolute path, so two machines build the same bytes.
    /// </summary>
    internal static class ManifestPaths
    {
        /// <returns>The relative path, or <see langword="null"/> when none can be written (no file name, or a ':' in it).</returns>
        public static string? ToRelative(string filePath, string? projectDirectory)
        {
            string path = filePath.Replace('\\', '/');
            if (path.Length == 0)
            {
                return null;
            }

            string? directory = string.IsNullOrWhiteSpace(projectDirectory) ? null : projectDirectory!.Trim().Replace('\\', '/');
            if (directory != null && !directory.EndsWith("/", StringComparison.Ordinal))
            {
                directory += "/";
            }

            if (directory != null && path.StartsWith(directory, StringComparison.OrdinalIgnoreCase) && path.Length > directory.Length)
            {
                path = path.Substring(directory.Length);
            }
            else if (IsRooted(path))
            {
                path = path.Substring(path.LastIndexOf('/') + 1);
            }

            while (path.StartsWith("./", StringComparison.Ordinal))
            {
                path = path.Substring(2);
            }

            return path.Length == 0 || path.IndexOf(':') >= 0 ? null : path;
        }

        private static bool IsRooted(string path) =>
            path.StartsWith("/", StringComparison.Ordinal)
            || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));
    }
}
