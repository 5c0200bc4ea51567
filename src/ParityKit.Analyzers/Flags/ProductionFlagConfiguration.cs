using System.Collections.Immutable;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>The production baselines found in configuration files, and the problems met while reading them.</summary>
    internal sealed class ProductionFlagConfiguration
    {
        public static readonly ProductionFlagConfiguration Empty =
            new(ImmutableArray<FlagDeclaration>.Empty, ImmutableArray<FlagDeclarationProblem>.Empty);

        public ProductionFlagConfiguration(ImmutableArray<FlagDeclaration> declarations, ImmutableArray<FlagDeclarationProblem> problems)
        {
            Declarations = declarations;
            Problems = problems;
        }

        public ImmutableArray<FlagDeclaration> Declarations { get; }

        public ImmutableArray<FlagDeclarationProblem> Problems { get; }
    }
}
