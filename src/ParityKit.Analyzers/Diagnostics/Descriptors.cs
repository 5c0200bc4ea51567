using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Diagnostics
{
    /// <summary>Every diagnostic descriptor, in one place. Help links are built from the id.</summary>
    internal static class Descriptors
    {
        public const string HelpLinkBase = "https://github.com/paritykit/paritykit/blob/main/docs/rules/";

        // Data shape
        public static readonly DiagnosticDescriptor RenamedOrDroppedColumnInSql = Create(
            RuleIds.RenamedOrDroppedColumnInSql,
            title: "Raw SQL names a column the migrations renamed or dropped",
            messageFormat: "Column '{0}' of table '{1}' was {2} by migration '{3}' ({4}); this SQL still names '{0}'",
            Categories.DataShape,
            DiagnosticSeverity.Warning,
            description: "A migration renamed or dropped the column, but raw SQL still uses the old name. A shared staging database that never ran the migration still has the column, so tests pass there; production, which did run it, fails.");

        public static readonly DiagnosticDescriptor RenamedOrDroppedTableInSql = Create(
            RuleIds.RenamedOrDroppedTableInSql,
            title: "Raw SQL names a table the migrations renamed or dropped, or a column a known table does not have",
            messageFormat: "{0}",
            Categories.DataShape,
            DiagnosticSeverity.Warning,
            description: "Raw SQL names a table that a migration renamed or dropped, or a column that the migrations never gave a table they define. The SQL works only against a database that is not shaped like production.");

        public static readonly DiagnosticDescriptor MappingNotInSnapshot = Create(
            RuleIds.MappingNotInSnapshot,
            title: "A column or table mapping the latest model snapshot does not have",
            messageFormat: "{0}",
            Categories.DataShape,
            DiagnosticSeverity.Warning,
            description: "A [Column]/[Table] attribute or a HasColumnName/ToTable call maps to a name the latest model snapshot does not record: a migration is pending, or the mapping points at a column no migration creates.");

        public static readonly DiagnosticDescriptor SeedOutsideSchema = Create(
            RuleIds.SeedOutsideSchema,
            title: "A seed baseline does not fit the schema",
            messageFormat: "{0}",
            Categories.DataShape,
            DiagnosticSeverity.Warning,
            description: "A [SeedBaseline] row sets a member that has no column in the schema the migrations produce, or leaves a required column unset, so the seed cannot be inserted into a production-shaped database.");

        public static readonly DiagnosticDescriptor MigrationsDisagreeWithSnapshot = Create(
            RuleIds.MigrationsDisagreeWithSnapshot,
            title: "The migrations and the model snapshot disagree",
            messageFormat: "{0}",
            Categories.DataShape,
            DiagnosticSeverity.Warning,
            description: "Replaying the migration chain gives a schema that differs from the model snapshot: a migration was deleted, hand-edited or merged badly. A database built from the migrations is not the one the model expects.");

        public static readonly DiagnosticDescriptor HardCodedSandboxEndpoint = Create(
            RuleIds.HardCodedSandboxEndpoint,
            title: "Hard-coded third-party sandbox endpoint",
            messageFormat: "'{0}' is the sandbox endpoint of {1}; production uses {2}. Read the base URL from configuration and declare it with [ThirdPartyApi].",
            Categories.ThirdPartyApis,
            DiagnosticSeverity.Warning,
            description: "Code that points at a vendor's sandbox tier validates against a contract production never sees. The tier belongs in configuration, declared with [ThirdPartyApi] so each environment gets the right one. Vendor sandbox hosts come from ParityKit's catalog and from the paritykit.sandbox_hosts option; test projects are not analysed.");

        // Third-party API keys and endpoints (issue 5)
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

        // Settings and secrets (issue 5)
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

        // Feature flags
        public static readonly DiagnosticDescriptor FlagWithoutBaseline = Create(
            RuleIds.FlagWithoutBaseline,
            title: "Feature flag read without a production baseline",
            messageFormat: "Flag '{0}' is read but has no declared production baseline; declare it with [assembly: FlagBaseline(\"{0}\", ...)], a [Baseline] constant in a [FeatureFlags] class, or in appsettings.Production.json",
            Categories.Flags,
            DiagnosticSeverity.Warning,
            description: "Every flag the app reads needs a reviewed production state. Without one, a flag toggled on in staging for one test can stay on for months and shape every later test, in a combination of flags no real user ever sees.");

        public static readonly DiagnosticDescriptor NonConstantFlagKey = Create(
            RuleIds.NonConstantFlagKey,
            title: "Feature flag key is not a compile-time constant",
            messageFormat: "The flag key passed to '{0}' is not a compile-time constant, so ParityKit cannot check its baseline or list it in the manifest",
            Categories.Flags,
            DiagnosticSeverity.Info,
            description: "Flag keys built at run time cannot be matched to a production baseline, found by a stale-flag search, or provisioned. Use a constant, for example a member of a [FeatureFlags] class.");

        public static readonly DiagnosticDescriptor FlagDefaultDisagreesWithBaseline = Create(
            RuleIds.FlagDefaultDisagreesWithBaseline,
            title: "Call-site flag default disagrees with the production baseline",
            messageFormat: "The default '{0}' for flag '{1}' disagrees with its production baseline '{2}'",
            Categories.Flags,
            DiagnosticSeverity.Warning,
            description: "A flag client returns the call-site default when the flag service is unreachable or the flag is missing, as it often is in a fresh preview environment. A default that disagrees with production puts the environment on a path production never takes.");

        public static readonly DiagnosticDescriptor StaleFlag = Create(
            RuleIds.StaleFlag,
            title: "Declared feature flag is never read",
            messageFormat: "Flag '{0}' has a production baseline but nothing in this project reads it; remove the flag and its declaration",
            Categories.Flags,
            DiagnosticSeverity.Info,
            description: "A flag that nothing reads is done: its code paths were removed or it was fully rolled out. Its declaration keeps it in the manifest and in every environment's configuration until someone cleans it up.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor EnvironmentFlagDrift = Create(
            RuleIds.EnvironmentFlagDrift,
            title: "Environment configuration sets a flag differently from production",
            messageFormat: "{0} sets flag '{1}' to {2}, but its production baseline is {3}",
            Categories.Flags,
            DiagnosticSeverity.Warning,
            description: "A per-environment configuration file that turns a flag on (or off) where production does not makes that environment test a combination of flags no real user sees.");

        public static readonly DiagnosticDescriptor SeedCohortOnOneSide = Create(
            RuleIds.SeedCohortOnOneSide,
            title: "Every seed account lands on the same side of a percentage rollout",
            messageFormat: "Flag '{0}' rolls out to {1}% of users, but {2} of the {3} seed accounts of seed baseline '{4}' fall inside it: the {5} path is never exercised before production",
            Categories.Flags,
            DiagnosticSeverity.Warning,
            description: "Microsoft.FeatureManagement's targeting assigns each user to a fixed side of a percentage rollout (a hash of the user id and the flag name). When every account a seed baseline creates hashes to the same side, every preview and staging session takes the same path, and the other one is first exercised in production. Add seed accounts until both sides are covered.",
            WellKnownDiagnosticTags.CompilationEnd);

        // Browser
        public static readonly DiagnosticDescriptor HardCodedSharedEnvironmentUrl = Create(
            RuleIds.HardCodedSharedEnvironmentUrl,
            title: "Hard-coded URL of a shared environment",
            messageFormat: "'{0}' points at a shared environment ({1}); a preview has its own URL, so {2}",
            Categories.Browser,
            DiagnosticSeverity.Warning,
            description: "A URL of the app's own shared staging, UAT or QA environment in app code or appsettings*.json sends every preview's users, redirects and links to that shared environment, where old bundles, service workers and stored state hide first-load bugs. The app's URL belongs in the setting declared with [assembly: BaseUrlSetting], which a provisioner fills with each preview's URL. Hosts come from the labels staging, stage, uat, qa and preprod and the paritykit.shared_environment_labels/_hosts options; vendor sandboxes (PK2001) and test projects are not reported.");

        public static readonly DiagnosticDescriptor UnfingerprintedStaticFiles = Create(
            RuleIds.UnfingerprintedStaticFiles,
            title: "Static files served without fingerprinting",
            messageFormat: "{0} without fingerprinting, so a browser can keep running an old copy after a deployment; {1}",
            Categories.Browser,
            DiagnosticSeverity.Info,
            description: "A static file whose URL does not change with its content stays in browser and proxy caches across deployments, so a returning browser runs last week's script against this week's pages and first-load regressions go unseen. Map static assets with MapStaticAssets() (which fingerprints them at build time) where the target framework has it, and reference local scripts and stylesheets with asp-append-version=\"true\" (Razor views and pages) or @Assets[\"...\"] (Razor components).");

        public static readonly DiagnosticDescriptor UndeclaredClientState = Create(
            RuleIds.UndeclaredClientState,
            title: "Client-side state not declared for the manifest",
            messageFormat: "{0} {1} is not declared for the manifest; declare it with [assembly: {2}] so a test runner can clear it",
            Categories.Browser,
            DiagnosticSeverity.Info,
            description: "State the app leaves in the browser (localStorage and sessionStorage keys, service workers) survives from one visit to the next and makes a returning tester's browser behave unlike a new user's. Declared keys and workers are listed in the provisioning manifest's browser section, so a provisioner or test runner can start every preview run from a clean browser context.");

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

        public static readonly DiagnosticDescriptor ConflictingFlagBaseline = Create(
            RuleIds.ConflictingFlagBaseline,
            title: "Conflicting feature flag baselines",
            messageFormat: "Flag '{0}' is declared here as {1}, but {2} declares it as {3}",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "Two production baselines for the same flag disagree. Flag keys compare case-insensitively, as Microsoft.FeatureManagement compares feature names. The C# declaration wins over configuration files until the conflict is resolved.");

        public static readonly DiagnosticDescriptor UnreadableJsonFile = Create(
            RuleIds.UnreadableJsonFile,
            title: "Configuration file is not valid JSON",
            messageFormat: "{0} is not a valid JSON configuration file ({1}); ParityKit ignores it",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "ParityKit reads appsettings*.json files (AdditionalFiles) for production baselines and per-environment drift. A file it cannot parse is skipped, so the checks that depend on it are silent.");

        public static readonly DiagnosticDescriptor SeedNotGenerated = Create(
            RuleIds.SeedNotGenerated,
            title: "Seed baseline cannot be generated or exported",
            messageFormat: "{0}",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "A [SeedBaseline] class must be a top-level static partial class whose row methods return collections of object initializers with constant values. ParityKit never guesses a value: a seed with a non-constant value gets no content hash and no export (paritykit.seed.<name>.json) until it is fixed.");

        public static readonly DiagnosticDescriptor DuplicateSeedName = Create(
            RuleIds.DuplicateSeedName,
            title: "Two seed baselines share a name",
            messageFormat: "Seed baseline '{0}' is also declared by {1}; the manifest and paritykit.seed.{0}.json keep only that one, so rename this seed",
            Categories.Tooling,
            DiagnosticSeverity.Warning,
            description: "A seed baseline's name names its export file and its manifest entry. Of seeds that share a name, the one whose class comes first by full name is kept; the others are never exported.",
            WellKnownDiagnosticTags.CompilationEnd);

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
