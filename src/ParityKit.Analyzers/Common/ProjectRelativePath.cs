using System;
using System.Globalization;
using System.IO;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Paths as the manifest writes them (its <c>readAt</c> entries): relative to the project directory, with <c>/</c>
    /// separators, never absolute, so two machines write the same bytes.
    /// </summary>
    internal static class ProjectRelativePath
    {
        /// <summary>A read site: <c>Search/SearchService.cs:31</c> (1-based line).</summary>
        public static string ReadAt(string path, string? projectDirectory, int line) =>
            Relative(path, projectDirectory) + ":" + line.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="projectDirectory"/> with <c>/</c> separators; a file outside
        /// the project (a linked file) or a project directory that is unknown keeps only its file name.
        /// </summary>
        public static string Relative(string path, string? projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            string directory = (projectDirectory ?? string.Empty).Replace('\\', '/');
            if (directory.Length > 0 && !directory.EndsWith("/", StringComparison.Ordinal))
            {
                directory += "/";
            }

            // Windows paths compare case-insensitively; on other systems two directories differing only in case are rare.
            if (directory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(directory.Length);
            }

            return Path.GetFileName(normalized);
        }
    }
}
