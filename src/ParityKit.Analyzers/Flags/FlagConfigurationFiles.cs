using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Json;

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

        /// <summary>
        /// Where <paramref name="path"/> stands in production's configuration: 0 for <c>appsettings.json</c>, 1 for
        /// <c>appsettings.Production.json</c> (loaded over it), -1 for any other file.
        /// </summary>
        public static int ProductionRank(string path) =>
            !TryGetEnvironment(path, out string environment) ? -1
            : environment.Length == 0 ? 0
            : string.Equals(environment, ProductionEnvironment, StringComparison.OrdinalIgnoreCase) ? 1
            : -1;

        /// <summary>Reads the flags of one configuration file; <c>null</c> when it is not an appsettings file or not readable.</summary>
        public static FlagFile? Read(AdditionalText file, CancellationToken cancellationToken)
        {
            if (!TryGetEnvironment(file.Path, out string environment) || file.GetText(cancellationToken) is not { } text)
            {
                return null;
            }

            return JsonReader.Parse(text.ToString()).Root is JsonObject root
                ? new FlagFile(file, text, environment, FeatureManagementSection.Read(root))
                : null;
        }

        /// <summary>Why a configuration file cannot be read, and where; <c>null</c> when it reads fine or is not an appsettings file.</summary>
        public static Diagnostic? CheckReadable(AdditionalText file, CancellationToken cancellationToken)
        {
            if (!TryGetEnvironment(file.Path, out _) || file.GetText(cancellationToken) is not { } text)
            {
                return null;
            }

            JsonParseResult result = JsonReader.Parse(text.ToString());
            string error;
            int offset;
            if (!result.Success)
            {
                error = result.Error!.TrimEnd('.'); // it goes inside parentheses in the message
                offset = result.ErrorPosition.Offset;
            }
            else if (result.Root is not JsonObject)
            {
                // Microsoft.Extensions.Configuration.Json refuses such a file at startup.
                error = "the top-level value must be an object";
                offset = result.Root!.Start.Offset;
            }
            else
            {
                return null;
            }

            var flagFile = new FlagFile(file, text, string.Empty, new List<ConfiguredFlag>());
            return FlagDeclarationProblem.UnreadableJson(flagFile.LocationOf(offset, 0), flagFile.FileName, error).ToDiagnostic();
        }

        /// <summary>The production baselines in configuration: <see cref="MergeProduction"/> over the readable files.</summary>
        public static ImmutableArray<FlagDeclaration> ReadProduction(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var flagFiles = new List<FlagFile>();
            foreach (AdditionalText file in files)
            {
                if (ProductionRank(file.Path) >= 0 && Read(file, cancellationToken) is { } flagFile)
                {
                    flagFiles.Add(flagFile); // an unreadable file is reported by FlagDeclarationAnalyzer (PK9004)
                }
            }

            List<(FlagFile File, ConfiguredFlag Flag)> merged = MergeProduction(flagFiles, static f => f.File.Path, static f => f.Flags);
            ImmutableArray<FlagDeclaration>.Builder declarations = ImmutableArray.CreateBuilder<FlagDeclaration>(merged.Count);
            foreach ((FlagFile flagFile, ConfiguredFlag flag) in merged)
            {
                Location location = flagFile.LocationOf(flag.Start, flag.Length);
                string origin = flagFile.FileName + "(" +
                    (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ")";
                declarations.Add(new FlagDeclaration(
                    flag.Key, flag.State, flag.Variants.AsImmutableArray(), FlagDeclarationKind.ProductionConfiguration, location, origin));
            }

            return declarations.MoveToImmutable();
        }

        /// <summary>
        /// Production's state of each flag set in configuration, as the host loads it: <c>appsettings.json</c> first, then
        /// <c>appsettings.Production.json</c> over it, files of one kind in path order, a later file's entry for a flag
        /// (keys compare case-insensitively) replacing an earlier one. One entry per flag, in the order flags were first
        /// met. The analyzers and the manifest generator both resolve production configuration through this method.
        /// </summary>
        public static List<(TFile File, ConfiguredFlag Flag)> MergeProduction<TFile>(
            IEnumerable<TFile> files,
            Func<TFile, string> pathOf,
            Func<TFile, IReadOnlyList<ConfiguredFlag>> flagsOf)
        {
            var ordered = new List<(int Rank, string Path, TFile File)>();
            foreach (TFile file in files)
            {
                string path = pathOf(file);
                int rank = ProductionRank(path);
                if (rank >= 0)
                {
                    ordered.Add((rank, path, file));
                }
            }

            ordered.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Path, b.Path));

            var indexByKey = new Dictionary<string, int>(FlagBaselines.KeyComparer);
            var merged = new List<(TFile File, ConfiguredFlag Flag)>();
            foreach ((_, _, TFile file) in ordered)
            {
                foreach (ConfiguredFlag flag in flagsOf(file))
                {
                    if (indexByKey.TryGetValue(flag.Key, out int index))
                    {
                        merged[index] = (file, flag);
                    }
                    else
                    {
                        indexByKey.Add(flag.Key, merged.Count);
                        merged.Add((file, flag));
                    }
                }
            }

            return merged;
        }
    }
}
