using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Browser;
using ParityKit.Analyzers.Common;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.Browser
{
    /// <summary>
    /// Applies PK5001 fixes, one or many at once: the shared environment's base URL in each literal becomes a read of the
    /// declared base-URL setting, and a project without one gets <c>[assembly: BaseUrlSetting("App:BaseUrl")]</c> once.
    /// A project whose <c>[BaseUrlSetting]</c> is malformed (PK9001) gets no fix: a second one would not compile, and its
    /// key cannot be read.
    /// </summary>
    internal sealed class SharedEnvironmentUrlFixer : ProjectEndpointFix
    {
        /// <summary>The key the fix declares when the project has no base-URL setting (the design's own example).</summary>
        public const string DefaultKey = "App:BaseUrl";

        private readonly BaseUrlKey _key;
        private bool _used;

        private SharedEnvironmentUrlFixer(BaseUrlKey key, DeclarationPlacement placement)
            : base(placement) => _key = key;

        public static Task<Solution> FixAsync(Solution solution, DocumentId? invokedIn, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
            EndpointLiteralFixer.FixAsync(
                solution,
                invokedIn,
                diagnostics,
                (compilation, current, token) =>
                {
                    INamedTypeSymbol? attribute = compilation.GetTypeByMetadataName(MetadataNames.BaseUrlSettingAttribute);
                    return new SharedEnvironmentUrlFixer(BaseUrlKey.Of(compilation), DeclarationPlacement.Find(compilation, current, attribute, null, token));
                },
                cancellationToken);

        public static bool IsFixable(Diagnostic diagnostic) =>
            diagnostic.Properties.ContainsKey(SharedEnvironmentUrlAnalyzer.FixableProperty);

        public override string? ConfigKeyFor(Diagnostic diagnostic)
        {
            if (!IsFixable(diagnostic) || _key.Key == null)
            {
                return null;
            }

            _used = true;
            return _key.Key;
        }

        public override IReadOnlyList<AttributeListSyntax> DeclarationsToAdd(string newLine)
        {
            if (!_used || !_key.MustDeclare)
            {
                return Array.Empty<AttributeListSyntax>();
            }

            AttributeListSyntax declaration = SyntaxFactory.ParseCompilationUnit(
                    "[assembly: global::ParityKit.BaseUrlSetting(" + SymbolDisplay.FormatLiteral(DefaultKey, quote: true) + ")]")
                .AttributeLists[0]
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
            return new[] { declaration };
        }
    }

    /// <summary>The key a project's base URL is read from, and whether the fix must declare it.</summary>
    internal readonly struct BaseUrlKey
    {
        private BaseUrlKey(string? key, bool mustDeclare)
        {
            Key = key;
            MustDeclare = mustDeclare;
        }

        /// <summary>The key to read; <see langword="null"/> when the project's declaration is malformed.</summary>
        public string? Key { get; }

        public bool MustDeclare { get; }

        public static BaseUrlKey Of(Compilation compilation)
        {
            if (DeclaredBrowserState.Read(compilation).BaseUrlSetting is string declared)
            {
                return new BaseUrlKey(declared, mustDeclare: false);
            }

            // Declared but unusable: leave it to PK9001 rather than add a second attribute (AllowMultiple = false).
            INamedTypeSymbol? attribute = compilation.GetTypeByMetadataName(MetadataNames.BaseUrlSettingAttribute);
            foreach (AttributeData data in compilation.Assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return new BaseUrlKey(null, mustDeclare: false);
                }
            }

            return new BaseUrlKey(attribute == null ? null : SharedEnvironmentUrlFixer.DefaultKey, mustDeclare: true);
        }
    }
}
