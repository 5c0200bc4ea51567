using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>One flag of the manifest's <c>featureFlags</c> section: its key, production baseline and where it is read.</summary>
    internal sealed record FlagManifestEntry(
        string Key,
        bool? Baseline,
        int RolloutPercentage,
        EquatableArray<string> Variants,
        EquatableArray<string> ReadAt);

    /// <summary>
    /// The <c>featureFlags</c> section of the provisioning manifest, value-equatable for the generator pipeline: every
    /// declared flag and every flag the app reads (a read with no baseline has <c>baseline: null</c>), sorted by key,
    /// <c>readAt</c> entries as project-relative <c>File.cs:line</c> with <c>/</c> separators, sorted.
    /// </summary>
    internal sealed record FlagsManifestSection(EquatableArray<FlagManifestEntry> Flags)
    {
        /// <summary>The section as a JSON array (the value of <c>"featureFlags"</c>), indented by <paramref name="indent"/>.</summary>
        public string ToJson(string indent = "  ")
        {
            var json = new StringBuilder();
            if (Flags.IsEmpty)
            {
                return "[]";
            }

            json.Append("[\n");
            for (int i = 0; i < Flags.Length; i++)
            {
                FlagManifestEntry flag = Flags[i];
                json.Append(indent).Append("  { \"key\": ").Append(Quote(flag.Key))
                    .Append(", \"baseline\": ").Append(flag.Baseline is bool b ? (b ? "true" : "false") : "null");
                if (flag.RolloutPercentage > 0)
                {
                    json.Append(", \"rolloutPercentage\": ").Append(flag.RolloutPercentage.ToString(CultureInfo.InvariantCulture));
                }

                if (!flag.Variants.IsEmpty)
                {
                    json.Append(", \"variants\": ").Append(List(flag.Variants));
                }

                json.Append(", \"readAt\": ").Append(List(flag.ReadAt)).Append(" }").Append(i + 1 < Flags.Length ? ",\n" : "\n");
            }

            return json.Append(indent).Append(']').ToString();
        }

        /// <summary>
        /// The typed C# for the flags, a nested class of the generated <c>ParityManifest</c>:
        /// <c>ParityManifest.Flags.FastSearch.Key</c>, <c>.Baseline</c>, <c>.RolloutPercentage</c>, and <c>Flags.All</c>.
        /// </summary>
        public string ToCSharp(string indent = "    ")
        {
            var code = new StringBuilder();
            code.Append(indent).Append("/// <summary>Every feature flag the app reads or declares, with its production baseline.</summary>\n")
                .Append(indent).Append("public static class Flags\n").Append(indent).Append("{\n");
            var used = new HashSet<string>(StringComparer.Ordinal) { "All" };
            var keys = new List<string>();
            foreach (FlagManifestEntry flag in Flags)
            {
                string name = FlagIdentifiers.ToIdentifier(flag.Key);
                string unique = name;
                for (int n = 2; !used.Add(unique); n++)
                {
                    unique = name + n.ToString(CultureInfo.InvariantCulture);
                }

                keys.Add(Quote(flag.Key));
                string inner = indent + "    ";
                code.Append(inner).Append("public static class ").Append(unique).Append('\n').Append(inner).Append("{\n")
                    .Append(inner).Append("    public const string Key = ").Append(Quote(flag.Key)).Append(";\n")
                    .Append(inner).Append("    public const bool HasBaseline = ").Append(flag.Baseline.HasValue ? "true" : "false").Append(";\n");
                if (flag.Baseline is bool baseline)
                {
                    code.Append(inner).Append("    public const bool Baseline = ").Append(baseline ? "true" : "false").Append(";\n");
                }

                code.Append(inner).Append("    public const int RolloutPercentage = ")
                    .Append(flag.RolloutPercentage.ToString(CultureInfo.InvariantCulture)).Append(";\n")
                    .Append(inner).Append("    public static global::System.Collections.Generic.IReadOnlyList<string> Variants { get; } = new string[] { ")
                    .Append(string.Join(", ", Quoted(flag.Variants))).Append(" };\n")
                    .Append(inner).Append("}\n\n");
            }

            code.Append(indent).Append("    public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new string[] { ")
                .Append(string.Join(", ", keys)).Append(" };\n")
                .Append(indent).Append("}\n");
            return code.ToString();
        }

        private static string List(EquatableArray<string> values) => "[" + string.Join(", ", Quoted(values)) + "]";

        private static IEnumerable<string> Quoted(EquatableArray<string> values)
        {
            foreach (string value in values)
            {
                yield return Quote(value);
            }
        }

        /// <summary>A JSON string literal, which is also a valid C# string literal for the characters it escapes.</summary>
        internal static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }
    }
}
