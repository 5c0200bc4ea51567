using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Common;
using ParityKit.CodeFixes.Common;

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// The project's <c>[assembly: ThirdPartyApi]</c> declarations as they are, where new ones go (next to the
    /// project's other ParityKit declarations, see <see cref="DeclarationPlacement"/>), and how a new one is written.
    /// </summary>
    internal sealed class ThirdPartyApiDeclarations
    {
        private readonly ImmutableArray<Declared> _declared;

        private ThirdPartyApiDeclarations(ImmutableArray<Declared> declared, DeclarationPlacement placement)
        {
            _declared = declared;
            Placement = placement;
        }

        /// <summary>Where a new declaration goes: next to the other <c>[ThirdPartyApi]</c> declarations, else any ParityKit ones.</summary>
        public DeclarationPlacement Placement { get; }

        public static ThirdPartyApiDeclarations Read(Compilation compilation, Solution solution, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? thirdPartyApi = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
            ImmutableArray<Declared>.Builder declared = ImmutableArray.CreateBuilder<Declared>();
            DeclarationPlacement placement = DeclarationPlacement.Find(
                compilation,
                solution,
                thirdPartyApi,
                attribute =>
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, thirdPartyApi))
                    {
                        declared.Add(Declared.From(attribute));
                    }
                },
                cancellationToken);
            return new ThirdPartyApiDeclarations(declared.ToImmutable(), placement);
        }

        /// <summary>
        /// The existing declaration of the same API: same name, or the same sandbox or live host. The fix reuses its
        /// config key and declares nothing new.
        /// </summary>
        public bool TryFind(ApiToDeclare api, out string? configKey)
        {
            string? sandboxHost = HostOf(api.Sandbox);
            string? liveHost = HostOf(api.Live);
            foreach (Declared declared in _declared)
            {
                if (string.Equals(declared.Name, api.Name, StringComparison.OrdinalIgnoreCase)
                    || (sandboxHost != null && string.Equals(declared.SandboxHost, sandboxHost, StringComparison.OrdinalIgnoreCase))
                    || (liveHost != null && string.Equals(declared.LiveHost, liveHost, StringComparison.OrdinalIgnoreCase)))
                {
                    configKey = declared.ConfigKey;
                    return true;
                }
            }

            configKey = null;
            return false;
        }

        /// <summary>
        /// <c>[assembly: ThirdPartyApi("paypal", ConfigKey = …, Live = …, Sandbox = …, PreviewTier = ApiTier.Sandbox)]</c>,
        /// fully qualified and annotated so clean-up adds <c>using ParityKit;</c> and simplifies the names.
        /// </summary>
        public static AttributeListSyntax Create(ApiToDeclare api, string newLine)
        {
            // A live endpoint with a placeholder ("{prefix}-checkout-live…") is the user's to fill in, not ours to declare.
            bool declareLive = api.Live != null && api.Live.IndexOf('{') < 0;
            string text = "[assembly: global::ParityKit.ThirdPartyApi(" + Quote(api.Name)
                + ", ConfigKey = " + Quote(api.ConfigKey)
                + (declareLive ? ", Live = " + Quote(api.Live!) : string.Empty)
                + ", Sandbox = " + Quote(api.Sandbox)
                + ", PreviewTier = global::ParityKit.ApiTier.Sandbox)]";
            return SyntaxFactory.ParseCompilationUnit(text).AttributeLists[0]
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
        }

        private static string? HostOf(string? url) => UrlText.TryParse(url, out UrlText? parsed) ? parsed.Host : null;

        private static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        private sealed class Declared
        {
            private Declared(string? name, string? configKey, string? sandboxHost, string? liveHost)
            {
                Name = name;
                ConfigKey = configKey;
                SandboxHost = sandboxHost;
                LiveHost = liveHost;
            }

            public string? Name { get; }

            public string? ConfigKey { get; }

            public string? SandboxHost { get; }

            public string? LiveHost { get; }

            public static Declared From(AttributeData attribute)
            {
                string? name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                string? configKey = null;
                string? sandbox = null;
                string? live = null;
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    string? value = argument.Value.Value as string;
                    switch (argument.Key)
                    {
                        case "ConfigKey":
                            configKey = value;
                            break;
                        case "Sandbox":
                            sandbox = value;
                            break;
                        case "Live":
                            live = value;
                            break;
                    }
                }

                return new Declared(name, configKey, HostOf(sandbox), HostOf(live));
            }
        }
    }
}
