using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>The PK5003 diagnostics, worded the same whether the write is in C#, a script file or an inline script.</summary>
    internal static class ClientStateDiagnostics
    {
        public const string LocalStorage = "localStorage";
        public const string SessionStorage = "sessionStorage";

        public static Diagnostic StorageKey(Location location, string storage, string key) =>
            Diagnostic.Create(
                Descriptors.UndeclaredClientState,
                location,
                "The " + storage + " key",
                "'" + key + "'",
                "ClientStorageKey(" + Quote(key) + ")");

        /// <summary>A registration of <paramref name="scriptUrl"/>, or of a script computed at run time when it is null.</summary>
        public static Diagnostic ServiceWorker(Location location, string? scriptUrl) =>
            Diagnostic.Create(
                Descriptors.UndeclaredClientState,
                location,
                "The service worker",
                scriptUrl == null ? "registered here" : "'" + scriptUrl + "'",
                scriptUrl == null
                    ? "ServiceWorker(\"<the script's project path, e.g. wwwroot/sw.js>\")"
                    : "ServiceWorker(" + Quote(ServiceWorkerScripts.SuggestedDeclarationPath(scriptUrl)) + ")");

        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
