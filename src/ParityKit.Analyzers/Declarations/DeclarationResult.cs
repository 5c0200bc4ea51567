using System.Collections.Immutable;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// What <see cref="DeclarationReader"/> made of one attribute: the declaration when it is usable, otherwise the
    /// problems (PK9001 messages) that keep it out of the manifest. Neither when the attribute itself does not compile:
    /// the compiler already reports that.
    /// </summary>
    internal readonly struct DeclarationResult<T>
        where T : class
    {
        private DeclarationResult(T? declaration, ImmutableArray<string> problems)
        {
            Declaration = declaration;
            Problems = problems;
        }

        public T? Declaration { get; }

        public ImmutableArray<string> Problems { get; }

        public static DeclarationResult<T> Unreadable { get; } = new(null, ImmutableArray<string>.Empty);

        /// <summary>The declaration, or the problems when there are any (a declaration is valid only with none).</summary>
        public static DeclarationResult<T> From(T declaration, ImmutableArray<string>.Builder problems) =>
            problems.Count == 0 ? new(declaration, ImmutableArray<string>.Empty) : new(null, problems.ToImmutable());
    }
}
