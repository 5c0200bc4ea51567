using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// PK3001 (a key read but not declared), PK3003 (a declared secret or required setting read with a literal
    /// fallback) and PK3004 (a declaration nothing reads). One analyzer because the three share the expensive parts:
    /// recognising reads, and the declared keys, built once per compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationReadAnalyzer : DiagnosticAnalyzer
    {
        // Diagnostic properties for the code fixes.
        internal const string KeyProperty = "Key";
        internal const string IsSecretProperty = "IsSecret";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredSetting, Descriptors.SecretWithFallback, Descriptors.UnusedDeclaration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Tests read configuration with fallbacks and ad-hoc keys on purpose.
            if (ParityKitOptions.ShouldSkipProject(context.Compilation, context.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var analysis = new CompilationAnalysis(context.Compilation, context.Options.AdditionalFiles);
            context.RegisterOperationAction(analysis.AnalyzeRead, OperationKind.Invocation, OperationKind.PropertyReference);
            context.RegisterCompilationEndAction(analysis.ReportUnread);
        }

        private sealed class CompilationAnalysis
        {
            private readonly Compilation _compilation;
            private readonly ImmutableArray<AdditionalText> _additionalFiles;
            private readonly object _gate = new();
            private DeclaredKeys? _declared;

            // Every read of the compilation, for PK3004 at the end.
            private readonly ConcurrentBag<ReadKey> _reads = new();

            public CompilationAnalysis(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
            {
                _compilation = compilation;
                _additionalFiles = additionalFiles;
            }

            public void AnalyzeRead(OperationAnalysisContext context)
            {
                ConfigurationRead? read = ConfigurationReadRecognizer.Recognize(context.Operation, context.CancellationToken);
                if (read == null)
                {
                    return;
                }

                DeclaredKeys declared = Declared(context);
                foreach (ReadKey key in read.Keys)
                {
                    _reads.Add(key);
                    switch (key.Kind)
                    {
                        case ReadKeyKind.Key:
                            CheckKey(context, read, key, declared);
                            break;
                        case ReadKeyKind.Section when !declared.HasSection(key.Key):
                            context.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.UndeclaredSetting,
                                read.ReportAt.GetLocation(),
                                key.Key.Length == 0 ? "The whole configuration is read here, but no key is declared" : "The section '" + key.Key + "' is read here, but no key in it is declared",
                                "RequiresSetting(\"" + (key.Key.Length == 0 ? "…" : key.Key + ":…") + "\")"));
                            break;
                    }
                }
            }

            public void ReportUnread(CompilationAnalysisContext context)
            {
                DeclaredKeys declared = Declared(context.CancellationToken);
                if (declared.Attributes.IsEmpty)
                {
                    return;
                }

                var coverage = new ReadCoverage(_reads);
                foreach (DeclaredKey key in declared.Attributes)
                {
                    if (key.Location != null && !coverage.Covers(key.Key))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.UnusedDeclaration,
                            key.Location,
                            key.Source == DeclaredKeySource.Secret ? "secret" : "setting",
                            key.Key));
                    }
                }
            }

            private static void CheckKey(OperationAnalysisContext context, ConfigurationRead read, ReadKey key, DeclaredKeys declared)
            {
                if (!declared.TryGet(key.Key, out DeclaredKey found))
                {
                    if (PlatformVariables.IsPlatformProvided(key.Key, read.Api))
                    {
                        return;
                    }

                    bool isSecret = SecretKeyName.IsSecret(key.Key);
                    string attribute = (isSecret ? "RequiresSecret" : "RequiresSetting") + "(\"" + key.Key + "\")";
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                        .Add(KeyProperty, key.Key)
                        .Add(IsSecretProperty, isSecret ? "true" : "false");
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.UndeclaredSetting,
                        read.ReportAt.GetLocation(),
                        properties,
                        "The " + (isSecret ? "secret" : "setting") + " '" + key.Key + "' is read here but not declared",
                        attribute));
                    return;
                }

                bool guarded = found.Source == DeclaredKeySource.Secret || (found.Source == DeclaredKeySource.Setting && found.Required);
                if (read.Fallback != null && guarded)
                {
                    bool isSecret = found.Source == DeclaredKeySource.Secret;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.SecretWithFallback,
                        read.Fallback.Syntax.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, found.Key),
                        found.Key,
                        isSecret ? "secret" : "required setting",
                        FallbackText.Describe(read.Fallback.ConstantValue.Value, quoteAllowed: !isSecret && !SecretKeyName.IsSecret(found.Key))));
                }
            }

            private DeclaredKeys Declared(OperationAnalysisContext context) => Declared(context.CancellationToken);

            private DeclaredKeys Declared(System.Threading.CancellationToken cancellationToken)
            {
                DeclaredKeys? declared = System.Threading.Volatile.Read(ref _declared);
                if (declared != null)
                {
                    return declared;
                }

                lock (_gate)
                {
                    return _declared ??= DeclaredKeys.Build(_compilation, _additionalFiles, cancellationToken);
                }
            }
        }
    }
}
