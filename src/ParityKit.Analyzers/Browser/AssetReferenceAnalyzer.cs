using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Analyzers.Browser.Markup;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.Browser
{
    /// <summary>
    /// PK5002 in Razor files (AdditionalFiles): a <c>&lt;script src&gt;</c> or <c>&lt;link href&gt;</c> (stylesheets,
    /// preloads, icons, web manifests) to one of the app's own files whose URL does not change with its content. In views
    /// and pages (<c>.cshtml</c>) the fix is <c>asp-append-version="true"</c>; Razor components (<c>.razor</c>) run no tag
    /// helpers, so there it is <c>@Assets["..."]</c> with <c>MapStaticAssets()</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AssetReferenceAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] VersionedLinkTypes = { "stylesheet", "preload", "modulepreload", "prefetch", "icon", "apple-touch-icon", "manifest" };

        private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n', '\f' };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnfingerprintedStaticFiles);

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

                bool hasStaticAssets = start.Compilation.GetTypeByMetadataName(StaticFilesAnalyzer.StaticAssetsExtensions) is not null;
                start.RegisterAdditionalFileAction(file => Analyze(file, hasStaticAssets));
            });
        }

        private static void Analyze(AdditionalFileAnalysisContext context, bool hasStaticAssets)
        {
            string extension = Path.GetExtension(context.AdditionalFile.Path);
            bool isView = string.Equals(extension, ".cshtml", StringComparison.OrdinalIgnoreCase);
            bool isComponent = string.Equals(extension, ".razor", StringComparison.OrdinalIgnoreCase);
            if ((!isView && !isComponent) || context.AdditionalFile.GetText(context.CancellationToken) is not SourceText text)
            {
                return;
            }

            // Elements inside <environment include="Development"> never reach a preview or production.
            var developmentOnly = new Stack<bool>();
            int skipped = 0;
            foreach (MarkupTag tag in MarkupScanner.Scan(text.ToString()))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (tag.Is("environment"))
                {
                    if (!tag.IsEnd)
                    {
                        bool development = IsDevelopmentOnly(tag);
                        developmentOnly.Push(development);
                        skipped += development ? 1 : 0;
                    }
                    else if (developmentOnly.Count > 0)
                    {
                        skipped -= developmentOnly.Pop() ? 1 : 0;
                    }

                    continue;
                }

                if (tag.IsEnd || skipped > 0 || FindAssetUrl(tag) is not MarkupAttribute url)
                {
                    continue;
                }

                if (isView && IsTrue(tag.Attribute("asp-append-version")?.Value))
                {
                    continue;
                }

                string written = url.Value!;
                string remedy = isView
                    ? "add asp-append-version=\"true\""
                    : hasStaticAssets
                        ? "reference it as @Assets[\"" + AssetUrl.WebPath(written) + "\"] and map static files with MapStaticAssets() (Razor components run no tag helpers, so asp-append-version does nothing here)"
                        : "put a build-time version in its URL (Razor components run no tag helpers; @Assets[...] needs .NET 9 or later)";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnfingerprintedStaticFiles,
                    AdditionalFileLocation.Create(context.AdditionalFile, text, url.ValueStart, written.Length),
                    "'" + written.Trim() + "' is referenced",
                    remedy));
            }
        }

        /// <summary>The <c>src</c> of a script or the <c>href</c> of a versionable link, when it is an unversioned local file.</summary>
        private static MarkupAttribute? FindAssetUrl(MarkupTag tag)
        {
            MarkupAttribute? url = null;
            if (tag.Is("script"))
            {
                url = tag.Attribute("src");
            }
            else if (tag.Is("link") && IsVersionedLinkType(tag.Attribute("rel")?.Value))
            {
                url = tag.Attribute("href");
            }

            return url != null && AssetUrl.IsUnversionedLocal(url.Value) ? url : null;
        }

        private static bool IsVersionedLinkType(string? rel)
        {
            foreach (string type in (rel ?? string.Empty).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (string versioned in VersionedLinkTypes)
                {
                    if (string.Equals(type, versioned, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsDevelopmentOnly(MarkupTag environment)
        {
            string? names = environment.Attribute("include")?.Value ?? environment.Attribute("names")?.Value;
            if (names == null)
            {
                return false;
            }

            bool any = false;
            foreach (string name in names.Split(','))
            {
                if (name.Trim().Length == 0)
                {
                    continue;
                }

                if (!string.Equals(name.Trim(), "Development", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        private static bool IsTrue(string? value) => value != null && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
    }
}
