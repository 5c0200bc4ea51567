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
            context.RegisterOperationAction(analysis.AnalyzeCoalesce, OperationKind.Coalesce);
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

                // A diagnostic must lie inside the node its action analyses (the IDE relies on it): a default argument
                // does; the right side of "read ?? fallback" is reported by AnalyzeCoalesce instead.
                bool fallbackInside = read.Fallback != null && context.Operation.Syntax.Span.Contains(read.Fallback.Syntax.Span);
                foreach (ReadKey key in read.Keys)
                {
                    _reads.Add(key);
                    switch (key.Kind)
                    {
                        case ReadKeyKind.Key:
                            if (CheckDeclared(context, read, key, declared) is { } found && fallbackInside)
                            {
                                CheckFallback(context, read, found);
                            }

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

            /// <summary>PK3003 for <c>read ?? "constant"</c>, reported from the coalescing that holds the fallback.</summary>
            public void AnalyzeCoalesce(OperationAnalysisContext context)
            {
                var coalesce = (Microsoft.CodeAnalysis.Operations.ICoalesceOperation)context.Operation;
                IOperation value = coalesce.Value;
                while (value is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                // GetSection(key).Value: the read is the GetSection call under the property reference.
                if (value is Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation { Instance: { } instance } property
                    && ConfigurationReadCatalog.IsSectionValue(property.Property))
                {
                    value = instance;
                    while (value is Microsoft.CodeAnalysis.Operations.IConversionOperation conversion)
                    {
                        value = conversion.Operand;
                    }
                }

                ConfigurationRead? read = ConfigurationReadRecognizer.Recognize(value, context.CancellationToken);
                if (read?.Fallback == null || read.Fallback != coalesce.WhenNull)
                {
                    return;
                }

                DeclaredKeys declared = Declared(context);
                foreach (ReadKey key in read.Keys)
                {
                    if (key.Kind == ReadKeyKind.Key && declared.TryGet(key.Key, out DeclaredKey found))
                    {
                        CheckFallback(context, read, found);
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

            /// <summary>PK3001 when the key is not declared; otherwise its declaration.</summary>
            private static DeclaredKey? CheckDeclared(OperationAnalysisContext context, ConfigurationRead read, ReadKey key, DeclaredKeys declared)
            {
                if (declared.TryGet(key.Key, out DeclaredKey found))
                {
                    return found;
                }

                if (!PlatformVariables.IsPlatformProvided(key.Key, read.Api))
                {
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
                }

                return null;
            }

            /// <summary>PK3003 when a declared secret or required setting has a constant fallback.</summary>
            private static void CheckFallback(OperationAnalysisContext context, ConfigurationRead read, DeclaredKey found)
            {
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
