using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// An <c>[assembly: ...]</c> ParityKit declaration a code fix adds: how it is written, what makes two of them the same
    /// declaration (so a batch adds it once per project, and not at all when the project has it), and which declarations
    /// it goes next to. Every fix writes its declarations through the factories here.
    /// </summary>
    internal sealed class DeclarationToAdd
    {
        private readonly string _attribute;
        private readonly string _arguments;
        private readonly bool _addImport;
        private readonly Func<Compilation, bool> _isDeclared;

        private DeclarationToAdd(string identity, string attribute, string arguments, bool addImport, IReadOnlyList<string> placeWith, Func<Compilation, bool> isDeclared)
        {
            Identity = identity;
            _attribute = attribute;
            _arguments = arguments;
            _addImport = addImport;
            PlaceWith = placeWith;
            _isDeclared = isDeclared;
        }

        /// <summary>The canonical key (settings, secrets), or the kind and name: <c>api:stripe</c>, <c>flag:new-checkout</c>.</summary>
        public string Identity { get; }

        /// <summary>Metadata names of the attributes whose file the declaration goes to first (see <see cref="DeclarationPlacement"/>).</summary>
        public IReadOnlyList<string> PlaceWith { get; }

        /// <summary><c>[assembly: RequiresSecret("key")]</c> or <c>[assembly: RequiresSetting("key")]</c>.</summary>
        public static DeclarationToAdd Key(string key, bool isSecret) => new(
            ConfigurationKey.Canonical(key),
            isSecret ? "RequiresSecret" : "RequiresSetting",
            Quote(key),
            addImport: true,
            new[] { MetadataNames.RequiresSettingAttribute, MetadataNames.RequiresSecretAttribute },
            compilation => HasDeclaration(compilation, new[] { MetadataNames.RequiresSettingAttribute, MetadataNames.RequiresSecretAttribute }, declared => ConfigurationKey.Comparer.Equals(declared, key)));

        /// <summary>
        /// <c>[assembly: ThirdPartyApi("name", ConfigKey = "...", Live = "...", Sandbox = "...", PreviewTier = ApiTier.Sandbox)]</c>:
        /// the tiers that are known; a preview tier only with a sandbox.
        /// </summary>
        public static DeclarationToAdd ThirdPartyApi(string name, string configKey, string? live, string? sandbox) => new(
            "api:" + name.ToLowerInvariant(),
            "ThirdPartyApi",
            Quote(name)
                + ", ConfigKey = " + Quote(configKey)
                + (live != null ? ", Live = " + Quote(live) : string.Empty)
                + (sandbox != null ? ", Sandbox = " + Quote(sandbox) + ", PreviewTier = global::ParityKit.ApiTier.Sandbox" : string.Empty),
            addImport: true,
            new[] { MetadataNames.ThirdPartyApiAttribute },
            compilation => HasDeclaration(compilation, new[] { MetadataNames.ThirdPartyApiAttribute }, declared => string.Equals(declared, name, StringComparison.OrdinalIgnoreCase)));

        /// <summary><c>[assembly: BaseUrlSetting("App:BaseUrl")]</c>.</summary>
        public static DeclarationToAdd BaseUrlSetting(string key) => new(
            "base-url",
            "BaseUrlSetting",
            Quote(key),
            addImport: true,
            new[] { MetadataNames.BaseUrlSettingAttribute },
            compilation => HasDeclaration(compilation, new[] { MetadataNames.BaseUrlSettingAttribute }, _ => true));

        /// <summary>
        /// <c>[assembly: FlagBaseline("key", false)]</c>. Written without adding <c>using ParityKit;</c>: the name stays
        /// qualified in a file that does not import the namespace.
        /// </summary>
        public static DeclarationToAdd FlagBaseline(string key, bool enabled) => new(
            "flag:" + key,
            "FlagBaseline",
            Quote(key) + ", " + (enabled ? "true" : "false"),
            addImport: false,
            new[] { MetadataNames.FlagBaselineAttribute },
            compilation => HasDeclaration(compilation, new[] { MetadataNames.FlagBaselineAttribute }, declared => string.Equals(declared, key, StringComparison.Ordinal)));

        /// <summary>Whether the compilation already declares it.</summary>
        public bool IsDeclared(Compilation compilation) => _isDeclared(compilation);

        /// <summary>
        /// The attribute list, fully qualified and annotated so clean-up simplifies the names (and, except for flag
        /// baselines, adds <c>using ParityKit;</c>), ending with <paramref name="newLine"/>.
        /// </summary>
        public AttributeListSyntax ToSyntax(string newLine)
        {
            AttributeListSyntax list = SyntaxFactory.ParseCompilationUnit("[assembly: global::ParityKit." + _attribute + "(" + _arguments + ")]")
                .AttributeLists[0]
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
            return _addImport
                ? list.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation)
                : list.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        /// <summary>The title text of the declaration as a person writes it: <c>[assembly: FlagBaseline("new-checkout", false)]</c>.</summary>
        public string Display() => "[assembly: " + _attribute + "(" + _arguments + ")]";

        private static bool HasDeclaration(Compilation compilation, IEnumerable<string> attributeNames, Func<string, bool> matches)
        {
            INamedTypeSymbol[] attributes = attributeNames.Select(compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>().ToArray();
            return compilation.Assembly.GetAttributes().Any(a =>
                attributes.Contains(a.AttributeClass, SymbolEqualityComparer.Default)
                && a.ConstructorArguments.Length >= 1
                && a.ConstructorArguments[0].Value is string declared
                && matches(declared));
        }

        private static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
