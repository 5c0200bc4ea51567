using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// Checks every flag read against the production baselines: PK4001 (no baseline), PK4002 (key not constant),
    /// PK4003 (call-site default disagrees with the baseline), and at compilation end PK4004 (declared, never read).
    /// The four rules share one pass over the reads so the cost stays linear in the code.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlagReadAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.FlagWithoutBaseline,
            Descriptors.NonConstantFlagKey,
            Descriptors.FlagDefaultDisagreesWithBaseline,
            Descriptors.StaleFlag);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code (Razor views, for one) is walked so its reads count against PK4004, but nothing is reported
            // in it: without ReportDiagnostics the driver drops diagnostics there.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            FlagReaderSymbols symbols = FlagReaderSymbols.For(start.Compilation);
            FlagBaselines baselines = FlagBaselines.For(start.Compilation, start.Options.AdditionalFiles, start.CancellationToken);
            var session = new Session(baselines, symbols);

            if (symbols.HasAnyReader)
            {
                start.RegisterOperationAction(session.AnalyzeInvocation, OperationKind.Invocation);
                if (symbols.FeatureGateAttribute != null)
                {
                    start.RegisterSyntaxNodeAction(session.AnalyzeAttribute, SyntaxKind.Attribute);
                }
            }

            if (session.HasDeclarationsInCode)
            {
                start.RegisterOperationAction(session.RecordConstantReference, OperationKind.FieldReference);
                start.RegisterCompilationEndAction(session.ReportStaleFlags);
            }
        }

        private sealed class Session
        {
            private readonly FlagBaselines _baselines;
            private readonly FlagReaderSymbols _symbols;
            private readonly ConcurrentDictionary<string, byte> _usedKeys = new(FlagBaselines.KeyComparer);

            public Session(FlagBaselines baselines, FlagReaderSymbols symbols)
            {
                _baselines = baselines;
                _symbols = symbols;
                foreach (FlagDeclaration declaration in baselines.Declarations)
                {
                    HasDeclarationsInCode |= declaration.IsInCode;
                }
            }

            public bool HasDeclarationsInCode { get; }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (_symbols.Match(invocation.TargetMethod) is null)
                {
                    return; // the common case: no allocation
                }

                var reads = new List<FlagRead>(1);
                FlagReadFinder.AddReads(invocation, _symbols, reads);
                foreach (FlagRead read in reads)
                {
                    Check(read, context.IsGeneratedCode, context.ReportDiagnostic);
                }
            }

            public void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
            {
                foreach (FlagRead read in FlagReadFinder.GetFeatureGateReads(
                    (AttributeSyntax)context.Node, context.SemanticModel, _symbols, context.CancellationToken))
                {
                    Check(read, context.IsGeneratedCode, context.ReportDiagnostic);
                }
            }

            /// <summary>A constant that holds a declared key and is used anywhere keeps its flag from being reported stale.</summary>
            public void RecordConstantReference(OperationAnalysisContext context)
            {
                if (((IFieldReferenceOperation)context.Operation).Field is { IsConst: true, ConstantValue: string key }
                    && _baselines.TryGet(key, out _))
                {
                    _usedKeys.TryAdd(key, 0);
                }
            }

            public void ReportStaleFlags(CompilationAnalysisContext context)
            {
                foreach (FlagDeclaration declaration in _baselines.Declarations)
                {
                    if (declaration.IsInCode && declaration.Location.IsInSource && !_usedKeys.ContainsKey(declaration.Key))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.StaleFlag, declaration.Location, declaration.Key));
                    }
                }
            }

            private void Check(FlagRead read, bool isGeneratedCode, System.Action<Diagnostic> report)
            {
                if (read.Key is null)
                {
                    if (!isGeneratedCode)
                    {
                        report(Diagnostic.Create(Descriptors.NonConstantFlagKey, read.KeySyntax.GetLocation(), read.ReaderName));
                    }

                    return;
                }

                _usedKeys.TryAdd(read.Key, 0);
                if (isGeneratedCode)
                {
                    return;
                }

                FlagDeclaration? baseline = _baselines.TryGet(read.Key, out FlagDeclaration? declared) ? declared : read.ReferencedBaseline;
                if (baseline is null)
                {
                    report(Diagnostic.Create(
                        Descriptors.FlagWithoutBaseline,
                        read.KeySyntax.GetLocation(),
                        FlagDiagnosticProperties.ForMissingBaseline(read.Key, read.DefaultValue ?? false),
                        read.Key));
                    return;
                }

                if (read.DefaultValue is bool defaultValue && read.DefaultSyntax is not null
                    && !baseline.State.IsPartialRollout && !baseline.State.IsConditional
                    && defaultValue != baseline.State.Enabled)
                {
                    report(Diagnostic.Create(
                        Descriptors.FlagDefaultDisagreesWithBaseline,
                        read.DefaultSyntax.GetLocation(),
                        FlagDiagnosticProperties.ForDefault(baseline.State.Enabled),
                        defaultValue ? "true" : "false",
                        read.Key,
                        baseline.State.ToString()));
                }
            }
        }
    }
}
