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

namespace ParityKit.CodeFixes.ThirdPartyApis
{
    /// <summary>
    /// The project's <c>[assembly: ThirdPartyApi]</c> declarations as they are, where new ones go (next to the
    /// project's other ParityKit declarations), and how a new one is written.
    /// </summary>
    internal sealed class ThirdPartyApiDeclarations
    {
        private const string ParityKitNamespace = "ParityKit";

        private readonly ImmutableArray<Declared> _declared;

        private ThirdPartyApiDeclarations(ImmutableArray<Declared> declared, DocumentId? holder, AttributeListSyntax? anchor)
        {
            _declared = declared;
            Holder = holder;
            Anchor = anchor;
        }

        /// <summary>The document that already holds ParityKit assembly attributes, if any.</summary>
        public DocumentId? Holder { get; }

        /// <summary>The last ParityKit attribute list in <see cref="Holder"/>: new declarations follow it.</summary>
        public AttributeListSyntax? Anchor { get; }

        public static ThirdPartyApiDeclarations Read(Compilation compilation, Solution solution, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? thirdPartyApi = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
            ImmutableArray<Declared>.Builder declared = ImmutableArray.CreateBuilder<Declared>();
            var parityKitLists = new List<(DocumentId Document, AttributeListSyntax List, bool IsThirdPartyApi)>();
            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != ParityKitNamespace)
                {
                    continue;
                }

                bool isThirdPartyApi = SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, thirdPartyApi);
                if (isThirdPartyApi)
                {
                    declared.Add(Declared.From(attribute));
                }

                // Declarations in generated files cannot be edited; they do not make a file "the declarations file".
                SyntaxReference? reference = attribute.ApplicationSyntaxReference;
                DocumentId? document = reference == null ? null : solution.GetDocumentId(reference.SyntaxTree);
                if (document != null && reference!.GetSyntax(cancellationToken).Parent is AttributeListSyntax list)
                {
                    parityKitLists.Add((document, list, isThirdPartyApi));
                }
            }

            // Prefer the file with the other [ThirdPartyApi] declarations, then any file with ParityKit declarations.
            DocumentId? holder = parityKitLists.Where(l => l.IsThirdPartyApi).Select(l => l.Document).FirstOrDefault()
                ?? parityKitLists.Select(l => l.Document).FirstOrDefault();
            AttributeListSyntax? anchor = parityKitLists.Where(l => l.Document == holder).Select(l => l.List).OrderBy(l => l.SpanStart).LastOrDefault();
            return new ThirdPartyApiDeclarations(declared.ToImmutable(), holder, anchor);
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

        /// <summary>Adds <paramref name="lists"/> after <paramref name="anchor"/>, or else with the file's assembly attributes.</summary>
        public static void Insert(SyntaxEditor editor, AttributeListSyntax? anchor, IReadOnlyList<AttributeListSyntax> lists, string newLine)
        {
            var root = (CompilationUnitSyntax)editor.OriginalRoot;
            anchor ??= root.AttributeLists.LastOrDefault();
            if (anchor != null)
            {
                editor.InsertAfter(anchor, lists);
                return;
            }

            editor.ReplaceNode(root, (current, _) => InsertFirst((CompilationUnitSyntax)current, lists, newLine));
        }

        /// <summary>
        /// The first assembly attributes of a file go after its usings, before its first member. A file header
        /// (comments and blank lines before the first member) stays on top; a doc comment stays on its member.
        /// </summary>
        private static CompilationUnitSyntax InsertFirst(CompilationUnitSyntax root, IReadOnlyList<AttributeListSyntax> lists, string newLine)
        {
            SyntaxToken next = root.Members.Count > 0 ? root.Members[0].GetFirstToken() : root.EndOfFileToken;
            SyntaxTriviaList leading = next.LeadingTrivia;
            int headerEnd = HeaderEnd(leading);

            var withHeader = lists.ToList();
            withHeader[0] = withHeader[0].WithLeadingTrivia(leading.Take(headerEnd));
            SyntaxTriviaList rest = SyntaxFactory.TriviaList(leading.Skip(headerEnd)).Insert(0, SyntaxFactory.EndOfLine(newLine));
            return root.ReplaceToken(next, next.WithLeadingTrivia(rest)).AddAttributeLists(withHeader.ToArray());
        }

        /// <summary>Index just after the last blank line in <paramref name="trivia"/> (0 when there is none).</summary>
        private static int HeaderEnd(SyntaxTriviaList trivia)
        {
            int end = 0;
            bool atLineStart = true;
            for (int i = 0; i < trivia.Count; i++)
            {
                SyntaxTrivia t = trivia[i];
                if (t.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    if (atLineStart)
                    {
                        end = i + 1;
                    }

                    atLineStart = true;
                }
                else if (t.IsDirective)
                {
                    // A directive's trivia ends with its own line break.
                    atLineStart = true;
                }
                else if (!t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    atLineStart = false;
                }
            }

            return end;
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
