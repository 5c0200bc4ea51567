using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// PK9001 (a declaration the manifest cannot use) and PK9002 (a declaration that repeats another), reported on the
    /// attribute. The assembly's declarations are read once per compilation and the findings handed out per syntax tree,
    /// so the IDE shows them in open documents without a whole-compilation pass per file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedDeclaration, Descriptors.DuplicateDeclaration);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                Compilation compilation = start.Compilation;
                INamedTypeSymbol? app = compilation.GetTypeByMetadataName(MetadataNames.ParityAppAttribute);
                INamedTypeSymbol? setting = compilation.GetTypeByMetadataName(MetadataNames.RequiresSettingAttribute);
                INamedTypeSymbol? secret = compilation.GetTypeByMetadataName(MetadataNames.RequiresSecretAttribute);
                INamedTypeSymbol? api = compilation.GetTypeByMetadataName(MetadataNames.ThirdPartyApiAttribute);
                var browser = new BrowserAttributes(
                    compilation.GetTypeByMetadataName(MetadataNames.BaseUrlSettingAttribute),
                    compilation.GetTypeByMetadataName(MetadataNames.ClientStorageKeyAttribute),
                    compilation.GetTypeByMetadataName(MetadataNames.ServiceWorkerAttribute));
                if (app is null && setting is null && secret is null && api is null && browser.IsEmpty)
                {
                    return;
                }

                var findings = new Lazy<ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>>>(
                    () => new Findings(app, setting, secret, api, browser).Collect(compilation.Assembly.GetAttributes()));

                // A semantic-model action rather than a syntax-tree one: a file's findings depend on the other files
                // (a repeat of a key declared elsewhere), so they must be recomputed when the compilation changes.
                start.RegisterSemanticModelAction(model =>
                {
                    if (findings.Value.TryGetValue(model.SemanticModel.SyntaxTree, out ImmutableArray<Diagnostic> diagnostics))
                    {
                        foreach (Diagnostic diagnostic in diagnostics)
                        {
                            model.ReportDiagnostic(diagnostic);
                        }
                    }
                });
            });
        }

        /// <summary>Reads every declaration of one compilation and turns its problems and repeats into diagnostics.</summary>
        private sealed class Findings
        {
            private readonly INamedTypeSymbol? _app;
            private readonly INamedTypeSymbol? _setting;
            private readonly INamedTypeSymbol? _secret;
            private readonly INamedTypeSymbol? _api;
            private readonly BrowserAttributes _browser;

            private readonly List<Diagnostic> _diagnostics = new();
            private readonly List<SettingDeclaration> _settings = new();
            private readonly List<SecretDeclaration> _secrets = new();
            private readonly List<ThirdPartyApiDeclaration> _apis = new();
            private readonly List<ClientStorageKeyDeclaration> _storageKeys = new();
            private readonly List<ServiceWorkerDeclaration> _serviceWorkers = new();
            private readonly Dictionary<DeclarationRef, Location> _locations = new();

            public Findings(INamedTypeSymbol? app, INamedTypeSymbol? setting, INamedTypeSymbol? secret, INamedTypeSymbol? api, BrowserAttributes browser)
            {
                _app = app;
                _setting = setting;
                _secret = secret;
                _api = api;
                _browser = browser;
            }

            public ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>> Collect(ImmutableArray<AttributeData> attributes)
            {
                foreach (AttributeData attribute in attributes)
                {
                    if (attribute.ApplicationSyntaxReference is { } reference && attribute.AttributeClass is { } type)
                    {
                        Read(attribute, type, Location.Create(reference.SyntaxTree, reference.Span));
                    }
                }

                foreach (Repeat repeat in DuplicateDetector.Find(_settings, _secrets, _apis).AddRange(DuplicateDetector.FindBrowser(_storageKeys, _serviceWorkers)))
                {
                    _diagnostics.Add(Diagnostic.Create(
                        Descriptors.DuplicateDeclaration,
                        _locations[repeat.Declaration],
                        additionalLocations: new[] { _locations[repeat.Kept] },
                        repeat.Declaration.Kind.Describe(),
                        Identity(repeat.Declaration),
                        repeat.Kept.Kind.Describe(),
                        Identity(repeat.Kept)));
                }

                var byTree = new Dictionary<SyntaxTree, ImmutableArray<Diagnostic>.Builder>();
                foreach (Diagnostic diagnostic in _diagnostics)
                {
                    SyntaxTree tree = diagnostic.Location.SourceTree!;
                    if (!byTree.TryGetValue(tree, out ImmutableArray<Diagnostic>.Builder? list))
                    {
                        list = ImmutableArray.CreateBuilder<Diagnostic>();
                        byTree.Add(tree, list);
                    }

                    list.Add(diagnostic);
                }

                ImmutableDictionary<SyntaxTree, ImmutableArray<Diagnostic>>.Builder result = ImmutableDictionary.CreateBuilder<SyntaxTree, ImmutableArray<Diagnostic>>();
                foreach (KeyValuePair<SyntaxTree, ImmutableArray<Diagnostic>.Builder> entry in byTree)
                {
                    result.Add(entry.Key, entry.Value.ToImmutable());
                }

                return result.ToImmutable();
            }

            private void Read(AttributeData attribute, INamedTypeSymbol type, Location location)
            {
                if (SymbolEqualityComparer.Default.Equals(type, _setting))
                {
                    Keep(DeclarationReader.ReadSetting(attribute), _settings, DeclarationKind.Setting, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _secret))
                {
                    Keep(DeclarationReader.ReadSecret(attribute), _secrets, DeclarationKind.Secret, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _api))
                {
                    Keep(DeclarationReader.ReadThirdPartyApi(attribute), _apis, DeclarationKind.ThirdPartyApi, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _browser.StorageKey))
                {
                    Keep(DeclarationReader.ReadClientStorageKey(attribute), _storageKeys, DeclarationKind.ClientStorageKey, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _browser.ServiceWorker))
                {
                    Keep(DeclarationReader.ReadServiceWorker(attribute), _serviceWorkers, DeclarationKind.ServiceWorker, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _browser.BaseUrlSetting))
                {
                    // At most one BaseUrlSetting (AllowMultiple = false): only its own problems can be reported.
                    ReportProblems(DeclarationReader.ReadBaseUrlSetting(attribute).Problems, location);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _app))
                {
                    // At most one ParityApp (AllowMultiple = false), so only its own problems can be reported.
                    ReportProblems(DeclarationReader.ReadApp(attribute).Problems, location);
                }
            }

            private void Keep<T>(DeclarationResult<T> result, List<T> valid, DeclarationKind kind, Location location)
                where T : class
            {
                ReportProblems(result.Problems, location);
                if (result.Declaration is { } declaration)
                {
                    _locations.Add(new DeclarationRef(kind, valid.Count), location);
                    valid.Add(declaration);
                }
            }

            private void ReportProblems(ImmutableArray<string> problems, Location location)
            {
                foreach (string problem in problems)
                {
                    _diagnostics.Add(Diagnostic.Create(Descriptors.MalformedDeclaration, location, problem));
                }
            }

            private string Identity(DeclarationRef declaration) => declaration.Kind switch
            {
                DeclarationKind.Setting => _settings[declaration.Index].Key,
                DeclarationKind.Secret => _secrets[declaration.Index].Key,
                DeclarationKind.ClientStorageKey => _storageKeys[declaration.Index].Key,
                DeclarationKind.ServiceWorker => _serviceWorkers[declaration.Index].Path,
                _ => _apis[declaration.Index].Name,
            };
        }

        /// <summary>The browser-state declaration attributes of one compilation.</summary>
        private readonly struct BrowserAttributes
        {
            public BrowserAttributes(INamedTypeSymbol? baseUrlSetting, INamedTypeSymbol? storageKey, INamedTypeSymbol? serviceWorker)
            {
                BaseUrlSetting = baseUrlSetting;
                StorageKey = storageKey;
                ServiceWorker = serviceWorker;
            }

            public INamedTypeSymbol? BaseUrlSetting { get; }

            public INamedTypeSymbol? StorageKey { get; }

            public INamedTypeSymbol? ServiceWorker { get; }

            public bool IsEmpty => BaseUrlSetting is null && StorageKey is null && ServiceWorker is null;
        }
    }
}
