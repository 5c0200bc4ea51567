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
