using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// Reads flag states from the appsettings*.json files the package adds as AdditionalFiles. Production's state is
    /// <c>appsettings.json</c> overlaid by <c>appsettings.Production.json</c>, as the host loads them.
    /// </summary>
    internal static class FlagConfigurationFiles
    {
        public const string ProductionEnvironment = "Production";

        /// <summary>A configuration file read for its flags.</summary>
        internal sealed class FlagFile
        {
            public FlagFile(AdditionalText file, SourceText text, string environment, List<ConfiguredFlag> flags)
            {
                File = file;
                Text = text;
                Environment = environment;
                Flags = flags;
            }

            public AdditionalText File { get; }

            public SourceText Text { get; }

            /// <summary>The environment of <c>appsettings.{Environment}.json</c>; empty for <c>appsettings.json</c>.</summary>
            public string Environment { get; }

            public List<ConfiguredFlag> Flags { get; }

            public string FileName => Path.GetFileName(File.Path);

            public Location LocationOf(int start, int length)
            {
                var span = new TextSpan(Math.Min(start, Text.Length), Math.Max(0, Math.Min(length, Text.Length - Math.Min(start, Text.Length))));
                return Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
            }
        }

        /// <summary>Whether <paramref name="path"/> is <c>appsettings.json</c> (environment "") or <c>appsettings.{Environment}.json</c>.</summary>
        public static bool TryGetEnvironment(string path, out string environment)
        {
            environment = string.Empty;
            string name = Path.GetFileName(path);
            const string Prefix = "appsettings";
            const string Suffix = ".json";
            if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                || name.Length < Prefix.Length + Suffix.Length)
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

        /// <summary>Reads the flags of one configuration file; <c>null</c> when it is not an appsettings file or not valid JSON.</summary>
        public static FlagFile? Read(AdditionalText file, CancellationToken cancellationToken)
        {
            if (!TryGetEnvironment(file.Path, out string environment) || file.GetText(cancellationToken) is not { } text)
            {
                return null;
            }

            FlagJsonNode? root = FlagJson.Parse(text.ToString(), out _, out _);
            return root is null ? null : new FlagFile(file, text, environment, FeatureManagementSection.Read(root));
        }

        /// <summary>Why a configuration file cannot be read, and where; <c>null</c> when it reads fine or is not an appsettings file.</summary>
        public static Diagnostic? CheckReadable(AdditionalText file, CancellationToken cancellationToken)
        {
            if (!TryGetEnvironment(file.Path, out _) || file.GetText(cancellationToken) is not { } text)
            {
                return null;
            }

            if (FlagJson.Parse(text.ToString(), out string? error, out int offset) is not null || error is null)
            {
                return null;
            }

            var flagFile = new FlagFile(file, text, string.Empty, new List<ConfiguredFlag>());
            return FlagDeclarationProblem.UnreadableJson(flagFile.LocationOf(offset, 0), flagFile.FileName, error).ToDiagnostic();
        }

        public static ProductionFlagConfiguration ReadProduction(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var byKey = new Dictionary<string, FlagDeclaration>(FlagBaselines.KeyComparer);
            var order = new List<string>();

            // appsettings.json first, then appsettings.Production.json over it; files of one kind in path order.
            foreach (bool production in new[] { false, true })
            {
                var candidates = new List<AdditionalText>();
                foreach (AdditionalText file in files)
                {
                    if (TryGetEnvironment(file.Path, out string environment)
                        && (production
                            ? string.Equals(environment, ProductionEnvironment, StringComparison.OrdinalIgnoreCase)
                            : environment.Length == 0))
                    {
                        candidates.Add(file);
                    }
                }

                candidates.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                foreach (AdditionalText candidate in candidates)
                {
                    if (Read(candidate, cancellationToken) is not { } flagFile)
                    {
                        continue; // PK9004 is reported by FlagDeclarationAnalyzer
                    }

                    foreach (ConfiguredFlag flag in flagFile.Flags)
                    {
                        Location location = flagFile.LocationOf(flag.Start, flag.Length);
                        string origin = flagFile.FileName + "(" +
                            (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ")";
                        if (!byKey.ContainsKey(flag.Key))
                        {
                            order.Add(flag.Key);
                        }

                        byKey[flag.Key] = new FlagDeclaration(
                            flag.Key, flag.State, flag.Variants, FlagDeclarationKind.ProductionConfiguration, location, origin);
                    }
                }
            }

            ImmutableArray<FlagDeclaration>.Builder declarations = ImmutableArray.CreateBuilder<FlagDeclaration>(order.Count);
            foreach (string key in order)
            {
                declarations.Add(byKey[key]);
            }

            return new ProductionFlagConfiguration(declarations.MoveToImmutable(), ImmutableArray<FlagDeclarationProblem>.Empty);
        }
    }
}
