using System;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Environment variables the platform sets, not a provisioner: the OS, the .NET host, CI and hosting services.
    /// Reading them is not a setting the app needs declared.
    /// </summary>
    internal static class PlatformVariables
    {
        private static readonly string[] Names =
        {
            "PATH", "HOME", "USER", "USERNAME", "USERPROFILE", "USERDOMAIN", "TEMP", "TMP", "TMPDIR", "HOSTNAME", "COMPUTERNAME",
            "PWD", "SHELL", "LANG", "APPDATA", "LOCALAPPDATA", "PROGRAMDATA", "PROGRAMFILES", "SYSTEMROOT", "WINDIR", "OS",
            "PROCESSOR_ARCHITECTURE", "NUMBER_OF_PROCESSORS", "CI", "TF_BUILD", "GITHUB_ACTIONS",
            "KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT", "WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID", "WEBSITE_HOSTNAME",
        };

        private static readonly string[] Prefixes = { "ASPNETCORE_", "DOTNET_", "COMPlus_" };

        public static bool IsPlatformProvided(string key, ReadApi api)
        {
            if (api != ReadApi.EnvironmentVariable)
            {
                return false;
            }

            foreach (string prefix in Prefixes)
            {
                if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (string name in Names)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
