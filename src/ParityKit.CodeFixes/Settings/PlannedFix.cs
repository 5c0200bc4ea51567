using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Settings
{
    /// <summary>
    /// What one diagnostic's fix does: optionally replace part of a literal with a configuration read, and add
    /// assembly-level declarations (each with an identity, so a batch adds it once and an existing one is not repeated).
    /// </summary>
    internal sealed class PlannedFix
    {
        public PlannedFix(string title, string equivalenceKey, EndpointLiteral? literal, string? configKey, IReadOnlyList<DeclarationToAdd> declarations)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Literal = literal;
            ConfigKey = configKey;
            Declarations = declarations;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        /// <summary>The literal whose part from <c>BaseStart</c> to <c>BaseEnd</c> becomes a read of <see cref="ConfigKey"/>.</summary>
        public EndpointLiteral? Literal { get; }

        public string? ConfigKey { get; }

        public IReadOnlyList<DeclarationToAdd> Declarations { get; }
    }

    /// <summary>An assembly attribute to add, and what makes two of them the same declaration.</summary>
    /// <param name="Identity">The canonical key (settings, secrets) or <c>api:</c> + name (APIs).</param>
    /// <param name="Text">The attribute list, fully qualified: <c>[assembly: global::ParityKit.RequiresSecret("Stripe:ApiKey")]</c>.</param>
    /// <param name="IsDeclared">Whether the compilation already declares it.</param>
    internal sealed record DeclarationToAdd(string Identity, string Text, System.Func<Compilation, bool> IsDeclared);
}
