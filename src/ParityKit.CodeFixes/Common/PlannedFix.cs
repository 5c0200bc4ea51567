using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// What one diagnostic's fix does: optionally replace part of a literal with a configuration read, and add
    /// assembly-level declarations (a batch adds each once per project, and none the project has already).
    /// </summary>
    internal sealed class PlannedFix
    {
        public PlannedFix(string title, EndpointLiteral? literal, string? configKey, IReadOnlyList<DeclarationToAdd> declarations)
        {
            Title = title;
            Literal = literal;
            ConfigKey = configKey;
            Declarations = declarations;
        }

        public string Title { get; }

        /// <summary>The literal whose part from <c>BaseStart</c> to <c>BaseEnd</c> becomes a read of <see cref="ConfigKey"/>.</summary>
        public EndpointLiteral? Literal { get; }

        public string? ConfigKey { get; }

        public IReadOnlyList<DeclarationToAdd> Declarations { get; }

        /// <summary>A fix that only declares.</summary>
        public static PlannedFix Declare(string title, DeclarationToAdd declaration) =>
            new(title, literal: null, configKey: null, new[] { declaration });

        /// <summary>A fix that moves part of <paramref name="literal"/> to a read of <paramref name="configKey"/>, declaring what it needs.</summary>
        public static PlannedFix MoveToConfiguration(string title, EndpointLiteral literal, string configKey, params DeclarationToAdd[] declarations) =>
            new(title, literal, configKey, declarations.Length == 0 ? Array.Empty<DeclarationToAdd>() : declarations);
    }

    /// <summary>Plans the fix of one diagnostic in a document of the project it was made for; null when it cannot be fixed.</summary>
    internal delegate PlannedFix? PlanFix(SyntaxNode root, Diagnostic diagnostic);
}
