using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// The option keys ParityKit reads from .editorconfig / .globalconfig (<c>paritykit.*</c>) and from MSBuild
    /// (<c>build_property.*</c>, made visible by the package's props file), and helpers to read them.
    /// </summary>
    internal static class ParityKitOptions
    {
        /// <summary>Extra sandbox hosts, comma separated; each may name its live counterpart: <c>sandbox.acme.test=api.acme.test</c>.</summary>
        public const string SandboxHosts = "paritykit.sandbox_hosts";

        // Browser
        /// <summary>Hosts of the app's own shared environments, comma separated; <c>*.</c> wildcards match subdomains.</summary>
        public const string SharedEnvironmentHosts = "paritykit.shared_environment_hosts";

        /// <summary>Extra host labels that name a shared environment (<c>integration</c>); <c>!stage</c> drops a default one.</summary>
        public const string SharedEnvironmentLabels = "paritykit.shared_environment_labels";

        /// <summary>Set to <c>true</c> to analyse test projects too (they are skipped by default).</summary>
        public const string AnalyzeTestProjects = "paritykit.analyze_test_projects";

        /// <summary>Environments whose <c>appsettings.{Environment}.json</c> PK4005 does not check, comma separated (e.g. <c>Development</c>).</summary>
        public const string FlagDriftIgnoredEnvironments = "paritykit.flag_drift_ignored_environments";

        /// <summary>The DbContext the manifest's <c>database</c> section describes (simple or full name), when the build sees several.</summary>
        public const string DatabaseContext = "paritykit.database_context";

        private static readonly char[] ListSeparators = { ',', ';' };

        public const string IsTestProjectProperty = "build_property.IsTestProject";
        public const string RootNamespaceProperty = "build_property.RootNamespace";
        public const string ProjectDirProperty = "build_property.ProjectDir";

        public static string? GetGlobal(AnalyzerConfigOptionsProvider provider, string key) =>
            provider.GlobalOptions.TryGetValue(key, out string? value) ? value : null;

        public static bool IsTrue(string? value) =>
            value != null && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Splits a comma- or semicolon-separated option value into trimmed, non-empty entries.</summary>
        public static ImmutableArray<string> SplitList(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return ImmutableArray<string>.Empty;
            }

            ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
            foreach (string part in value!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                string trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    builder.Add(trimmed);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// Whether rules that look for drift in app code should skip this compilation: a test project (by
        /// <c>IsTestProject</c> or a reference to a test framework), unless <see cref="AnalyzeTestProjects"/> is on.
        /// </summary>
        public static bool ShouldSkipProject(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
            !IsTrue(GetGlobal(options, AnalyzeTestProjects)) && TestProjectDetector.IsTestProject(compilation, options);
    }
}
