using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>One read of a flag in code: a call to a recognised reader, or a <c>[FeatureGate]</c> argument.</summary>
    internal readonly struct FlagRead
    {
        public FlagRead(string? key, SyntaxNode keySyntax, string readerName, FlagDeclaration? referencedBaseline, SyntaxNode? defaultSyntax, bool? defaultValue)
        {
            Key = key;
            KeySyntax = keySyntax;
            ReaderName = readerName;
            ReferencedBaseline = referencedBaseline;
            DefaultSyntax = defaultSyntax;
            DefaultValue = defaultValue;
        }

        /// <summary>The flag key, or <c>null</c> when it is not a compile-time constant.</summary>
        public string? Key { get; }

        /// <summary>The argument that holds the key.</summary>
        public SyntaxNode KeySyntax { get; }

        /// <summary>The reader method or attribute, for messages.</summary>
        public string ReaderName { get; }

        /// <summary>The baseline of a <c>[Baseline]</c> constant the key was read from, when it comes from another assembly.</summary>
        public FlagDeclaration? ReferencedBaseline { get; }

        /// <summary>The call-site default argument, when one is written.</summary>
        public SyntaxNode? DefaultSyntax { get; }

        /// <summary>The call-site default when it is a constant <c>bool</c>.</summary>
        public bool? DefaultValue { get; }
    }
}
