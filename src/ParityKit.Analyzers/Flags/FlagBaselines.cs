using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The production baseline of every declared flag in one compilation, built once at compilation start from the
    /// declarations in code and the production configuration files. Keys compare case-insensitively, as
    /// Microsoft.FeatureManagement compares feature names. A declaration in code wins over configuration; the first
    /// declaration in code wins over later ones (which are reported as duplicates or conflicts).
    /// </summary>
    internal sealed class FlagBaselines
    {
        public static readonly StringComparer KeyComparer = StringComparer.OrdinalIgnoreCase;

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

        public static FlagBaselines Build(Compilation compilation, ProductionFlagConfiguration configuration, CancellationToken cancellationToken)
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

            problems.AddRange(configuration.Problems);
            foreach (FlagDeclaration declaration in configuration.Declarations)
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
    }
}
