using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic descriptor, in one place. Help links are built from the id.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/paritykit/paritykit/blob/main/docs/rules/";

        public static readonly DiagnosticDescriptor HardCodedSandboxEndpoint = Create(
            RuleIds.HardCodedSandboxEndpoint,
            title: "Hard-coded third-party sandbox endpoint",
            messageFormat: "'{0}' is the sandbox endpoint of {1}; production uses {2}. Read the base URL from configuration and declare it with [ThirdPartyApi].",
            Categories.ThirdPartyApis,
            DiagnosticSeverity.Warning,
            description: "Code that points at a vendor's sandbox tier validates against a contract production never sees. The tier belongs in configuration, declared with [ThirdPartyApi] so each environment gets the right one. Vendor sandbox hosts come from ParityKit's catalog and from the paritykit.sandbox_hosts option; test projects are not analysed.");

        // ---- Third-party API keys and endpoints (issue 5) ----

        public static readonly DiagnosticDescriptor HardCodedExternalEndpoint = Create(
            RuleIds.HardCodedExternalEndpoint,
            title: "Hard-coded external endpoint",
            messageFormat: "'{0}' is a hard-coded endpoint of the external host '{1}'; read the base URL from configuration and declare the API with [ThirdPartyApi]",
            Categories.ThirdPartyApis,
            DiagnosticSeverity.Info,
            description: "An absolute URL to an external host passed to HttpClient, HttpRequestMessage or Uri pins every environment to one endpoint, and the provisioning manifest cannot list the API. Loopback, private addresses and reserved names (localhost, .test, .example, .invalid, .local, .internal) are not external; sandbox hosts are PK2001's; a host declared as a [ThirdPartyApi] tier is known.");

        /// <summary>
        /// Reported as a warning for test-mode and tier-less keys and, through <c>Diagnostic.Create(..., effectiveSeverity)</c>,
        /// as an error for live secret keys. One id, so <c>dotnet_diagnostic.PK2003.severity</c> sets both.
        /// </summary>
        public static readonly DiagnosticDescriptor VendorKeyInCode = Create(
            RuleIds.VendorKeyInCode,
            title: "Vendor key in code",
            messageFormat: "{0} ('{1}…') is hard-coded; {2}. Move it to a declared secret ([RequiresSecret]) read from configuration{3}.",
            Categories.ThirdPartyApis,
            DiagnosticSeverity.Warning,
            description: "A vendor API key in code pins every environment to one tier and one credential: a test key makes production validate against the vendor's test mode, a live key makes previews charge real money and leaks through the repository. Live secret keys are errors, test keys and tier-less secrets (webhook signing secrets) warnings. The message shows the key's prefix only.");

        // ---- Settings and secrets (issue 5) ----

        public static readonly DiagnosticDescriptor UndeclaredSetting = Create(
            RuleIds.UndeclaredSetting,
            title: "Setting or secret read but not declared",
            messageFormat: "{0}; declare it with [assembly: {1}] so the provisioning manifest lists it",
            Categories.Settings,
            DiagnosticSeverity.Warning,
            description: "A preview provisioner can only supply what it knows the app reads. Every key read through Environment.GetEnvironmentVariable, the IConfiguration indexer, GetValue, GetConnectionString, GetSection, Bind, Configure<T> or BindConfiguration must be declared ([RequiresSetting], [RequiresSecret], a [ThirdPartyApi] ConfigKey, or a value in appsettings.json/appsettings.Production.json). Keys compare as configuration does; keys built at run time are not guessed.");

        public static readonly DiagnosticDescriptor HardCodedConnectionString = Create(
            RuleIds.HardCodedConnectionString,
            title: "Hard-coded connection string or credential",
            messageFormat: "This literal is a hard-coded {0}; read it from configuration and declare it with [RequiresSecret]",
            Categories.Settings,
            DiagnosticSeverity.Warning,
            description: "A connection string in code names one database host for every environment (staging keeps talking to a decommissioned server) and often carries its password into the repository. Recognises key=value connection strings (Host=, Server=, Data Source=, Password=, User ID=, ...) that name a host or carry a credential, and database URLs (postgres://user:password@host/db). Messages never show values.");

        public static readonly DiagnosticDescriptor SecretWithFallback = Create(
            RuleIds.SecretWithFallback,
            title: "Declared secret or required setting read with a literal fallback",
            messageFormat: "'{0}' is a declared {1}, but this read falls back to {2} when it has no value, which hides a missing value; remove the fallback so a missing value fails",
            Categories.Settings,
            DiagnosticSeverity.Warning,
            description: "A fallback such as ?? \"Host=old-db\" turns a value a provisioner forgot into a silent connection to the wrong place: tests time out instead of failing on configuration. Declared secrets and required settings should fail when missing (ParityManifest.FindMissing lists them at startup).");

        public static readonly DiagnosticDescriptor UnusedDeclaration = Create(
            RuleIds.UnusedDeclaration,
            title: "Declared setting or secret that nothing reads",
            messageFormat: "The {0} '{1}' is declared but nothing in this project reads it; remove the declaration if the key is gone",
            Categories.Settings,
            DiagnosticSeverity.Info,
            description: "A declaration nothing reads makes every provisioner supply (and every team rotate) a value no code uses. Reads count when they name the key, a section that contains it, or a run-time key that could be it. Reads in other projects are not seen. Reported at the end of a compilation.",
            WellKnownDiagnosticTags.CompilationEnd);

        // ---- Tooling ----

        public static readonly DiagnosticDescriptor MalformedDeclaration = Create(
            RuleIds.MalformedDeclaration,
            title: "Malformed ParityKit declaration",
            messageFormat: "{0}",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "A ParityKit declaration has an argument ParityKit cannot use: an empty key, a key an environment variable cannot carry, a URL that is not absolute http(s), a secret value where a location or a non-secret default belongs. The declaration is left out of the provisioning manifest until it is fixed.");

        public static readonly DiagnosticDescriptor DuplicateDeclaration = Create(
            RuleIds.DuplicateDeclaration,
            title: "Duplicate ParityKit declaration",
            messageFormat: "The {0} '{1}' is also declared as {2} '{3}'; the manifest keeps only that one, so remove this declaration",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "Two declarations name the same configuration key or the same API. Keys compare the way configuration does: case-insensitively, with ':' and '__' equivalent, and a key declared both as a setting and as a secret counts as a secret. API names compare case-insensitively. The manifest keeps the first declaration in source order (the secret, for a key declared both ways).");

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] customTags) =>
            new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
    }
}
