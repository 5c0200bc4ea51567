using System;
using System.IO;

namespace ParityKit.Analyzers.Common
{
    /// <summary>Recognises the host's configuration files among AdditionalFiles: <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c>.</summary>
    internal static class AppSettingsFile
    {
        private const string Prefix = "appsettings";
        private const string Suffix = ".json";

        /// <summary>Whether <paramref name="path"/> is one; <paramref name="environment"/> is "" for <c>appsettings.json</c>.</summary>
        public static bool TryGetEnvironment(string path, out string environment)
        {
            environment = string.Empty;
            string name = Path.GetFileName(path);
            if (name.Length < Prefix.Length + Suffix.Length
                || !name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                || !name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string middle = name.Substring(Prefix.Length, name.Length - Prefix.Length - Suffix.Length);
            if (middle.Length == 0)
            {
                return true;
            }

            if (middle[0] != '.' || middle.Length == 1)
            {
                return false;
            }

            environment = middle.Substring(1);
            return true;
        }
    }
}
