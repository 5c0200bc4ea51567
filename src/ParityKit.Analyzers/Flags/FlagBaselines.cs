using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The production baseline of every declared flag in one compilation, built from the declarations in code and the
    /// production configuration files. Keys compare case-insensitively, as Microsoft.FeatureManagement compares feature
    /// names. A declaration in code wins over configuration; the first declaration in code (in
    /// <see cref="CompareSourceOrder">source order</see>) wins over later ones, which are reported as duplicates or
    /// conflicts. The manifest generator applies the same precedence to its value-equatable copies.
    /// </summary>
    internal sealed class FlagBaselines
    {
        public static readonly StringComparer KeyComparer = StringComparer.OrdinalIgnoreCase;

        // The flag analyzers all need the baselines at compilation start: built once per compilation and shared.
        private static readonly ConditionalWeakTable<Compilation, SharedBaselines> PerCompilation = new();

        private readonly Dictionary<string, FlagDeclaration> _byKey;

        private FlagBaselines(
            Dictionary<string, FlagDeclaration> byKey,
            ImmutableArray<FlagDeclaration> declarations,
            ImmutableArray<FlagDeclarationProblem> problems)
        {
            _byKey = byKey;
            Declarations = declarations;
            Problems = problems;
        }

        /// <summary>Every well-formed declaration, code first (in source order), then configuration.</summary>
        public ImmutableArray<FlagDeclaration> Declarations { get; }

        /// <summary>Malformed, duplicate and conflicting declarations, and unreadable configuration files.</summary>
        public ImmutableArray<FlagDeclarationProblem> Problems { get; }

        public bool TryGet(string key, out FlagDeclaration declaration) => _byKey.TryGetValue(key, out declaration!);

        /// <summary>
        /// The baselines of <paramref name="compilation"/> with the production configuration among
        /// <paramref name="additionalFiles"/>: built by the first flag analyzer that asks, then shared by the others for
        /// the same compilation and the same files (an IDE may pair one compilation with edited additional files).
        /// </summary>
        public static FlagBaselines For(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            SharedBaselines shared = PerCompilation.GetValue(compilation, static _ => new SharedBaselines());
            lock (shared)
            {
                // Built under the lock: an analyzer that arrives meanwhile would only build the same thing again. A
                // cancelled build throws before anything is stored, and the next caller builds afresh.
                if (shared.Baselines is null || !SameFiles(shared.Files, additionalFiles))
                {
                    shared.Baselines = Build(compilation, FlagConfigurationFiles.ReadProduction(additionalFiles, cancellationToken), cancellationToken);
                    shared.Files = additionalFiles;
                }

                return shared.Baselines;
            }
        }

        /// <summary>
        /// Orders declarations in code: by file path (ordinal), then by position. The first one in this order is the
        /// baseline, in the analyzers and in the manifest alike.
        /// </summary>
        public static int CompareSourceOrder(string? fileA, int positionA, string? fileB, int positionB)
        {
            int byFile = string.CompareOrdinal(fileA ?? string.Empty, fileB ?? string.Empty);
            return byFile != 0 ? byFile : positionA.CompareTo(positionB);
        }

        private static FlagBaselines Build(Compilation compilation, ImmutableArray<FlagDeclaration> configuration, CancellationToken cancellationToken)
        {
            var declarations = new List<FlagDeclaration>();
            var problems = new List<FlagDeclarationProblem>();
            FlagDeclarationReader.Read(compilation, declarations, problems, cancellationToken);

            var byKey = new Dictionary<string, FlagDeclaration>(KeyComparer);
            foreach (FlagDeclaration declaration in declarations)
            {
                if (!byKey.TryGetValue(declaration.Key, out FlagDeclaration? first))
                {
                    byKey.Add(declaration.Key, declaration);
                }
                else
                {
                    problems.Add(first.Agrees(declaration)
                        ? FlagDeclarationProblem.Duplicate(declaration)
                        : FlagDeclarationProblem.Conflict(declaration, first));
                }
            }

            foreach (FlagDeclaration declaration in configuration)
            {
                declarations.Add(declaration);
                if (!byKey.TryGetValue(declaration.Key, out FlagDeclaration? inCode))
                {
                    byKey.Add(declaration.Key, declaration);
                }
                else if (inCode.State.DiffersFrom(declaration.State))
                {
                    problems.Add(FlagDeclarationProblem.Conflict(inCode, declaration));
                }
            }

            return new FlagBaselines(byKey, declarations.ToImmutableArray(), problems.ToImmutableArray());
        }

        private static bool SameFiles(ImmutableArray<AdditionalText> cached, ImmutableArray<AdditionalText> files)
        {
            if (cached.Length != files.Length)
            {
                return false;
            }

            for (int i = 0; i < files.Length; i++)
            {
                if (!ReferenceEquals(cached[i], files[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private sealed class SharedBaselines
        {
            public ImmutableArray<AdditionalText> Files { get; set; }

            public FlagBaselines? Baselines { get; set; }
        }
    }
}
