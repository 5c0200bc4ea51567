using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Browser.Markup;
using ParityKit.Analyzers.Browser.Scripts;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// PK5003 in scripts (AdditionalFiles): <c>localStorage.setItem</c>/<c>sessionStorage.setItem</c> with a literal key,
    /// and <c>navigator.serviceWorker.register</c>, in <c>wwwroot/**/*.js</c> files and in the inline scripts of Razor and
    /// HTML pages, when the key or the worker is not declared.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ScriptStateAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredClientState);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                if (start.Options.AdditionalFiles.IsEmpty
                    || ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                Compilation compilation = start.Compilation;
                var declared = new Lazy<DeclaredBrowserState>(() => DeclaredBrowserState.Read(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterAdditionalFileAction(file => Analyze(file, declared));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, Lazy<DeclaredBrowserState> declared)
        {
            string extension = Path.GetExtension(context.AdditionalFile.Path).ToLowerInvariant();
            bool isScript = extension is ".js" or ".mjs";
            bool isPage = extension is ".cshtml" or ".razor" or ".html" or ".htm";
            if ((!isScript && !isPage) || context.AdditionalFile.GetText(context.CancellationToken) is not SourceText text)
            {
                return;
            }

            string content = text.ToString();
            if (isScript)
            {
                Report(context, text, ScriptScanner.Scan(content), declared);
                return;
            }

            foreach (MarkupTag tag in MarkupScanner.Scan(content))
            {
                if (tag.Is("script") && !tag.IsEnd && tag.Attribute("src") == null && IsJavaScript(tag.Attribute("type")?.Value))
                {
                    Report(context, text, ScriptScanner.Scan(content, tag.BodyStart, tag.BodyEnd), declared);
                }
            }
        }

        private static void Report(AdditionalFileAnalysisContext context, SourceText text, List<ScriptFinding> findings, Lazy<DeclaredBrowserState> declared)
        {
            foreach (ScriptFinding finding in findings)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Location location = AdditionalFileLocation.Create(context.AdditionalFile, text, finding.Start, finding.Length);
                switch (finding.Kind)
                {
                    case ScriptFindingKind.ServiceWorkerRegistration:
                        bool covered = finding.Argument == null ? declared.Value.HasServiceWorkers : declared.Value.IsServiceWorkerDeclared(finding.Argument);
                        if (!covered)
                        {
                            context.ReportDiagnostic(ClientStateDiagnostics.ServiceWorker(location, finding.Argument));
                        }

                        break;

                    // A computed key cannot be checked here; only literal keys are.
                    case ScriptFindingKind.LocalStorageWrite or ScriptFindingKind.SessionStorageWrite
                        when finding.Argument != null && !declared.Value.IsStorageKeyDeclared(finding.Argument):
                        string storage = finding.Kind == ScriptFindingKind.LocalStorageWrite ? ClientStateDiagnostics.LocalStorage : ClientStateDiagnostics.SessionStorage;
                        context.ReportDiagnostic(ClientStateDiagnostics.StorageKey(location, storage, finding.Argument));
                        break;
                }
            }
        }

        private static bool IsJavaScript(string? type)
        {
            string value = type?.Trim() ?? string.Empty;
            return value.Length == 0
                || value.Equals("module", StringComparison.OrdinalIgnoreCase)
                || value.Equals("text/javascript", StringComparison.OrdinalIgnoreCase)
                || value.Equals("application/javascript", StringComparison.OrdinalIgnoreCase);
        }
    }
}
