using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>
    /// PK2003: a vendor API key in a string literal of app code, found by the catalog's key prefixes. Live secret keys
    /// are reported as errors, the rest as warnings, under one id: the descriptor's default is Warning and a live key's
    /// diagnostic is created with an effective severity of Error, which <c>dotnet_diagnostic.PK2003.severity</c> still
    /// overrides. Messages carry the prefix only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VendorKeyAnalyzer : DiagnosticAnalyzer
    {
        // Diagnostic properties for the code fix.
        internal const string ConfigKeyProperty = "ConfigKey";
        internal const string IsSecretProperty = "IsSecret";

        /// <summary>Where the key is in the literal's value (or the interpolated string's first text part); absent when elsewhere.</summary>
        internal const string KeyStartProperty = "KeyStart";
        internal const string KeyEndProperty = "KeyEnd";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.VendorKeyInCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                // Test code uses test keys on purpose.
                if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(AnalyzeLiteral, SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression);
                start.RegisterSyntaxNodeAction(AnalyzeInterpolatedString, SyntaxKind.InterpolatedStringExpression);
            });
        }

        private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            Report(context, literal.Token.ValueText, fixable: literal.IsKind(SyntaxKind.StringLiteralExpression));
        }

        private static void AnalyzeInterpolatedString(SyntaxNodeAnalysisContext context)
        {
            var interpolated = (InterpolatedStringExpressionSyntax)context.Node;
            for (int i = 0; i < interpolated.Contents.Count; i++)
            {
                if (interpolated.Contents[i] is InterpolatedStringTextSyntax part)
                {
                    Report(context, part.TextToken.ValueText, fixable: i == 0);
                }
            }
        }

        private static void Report(SyntaxNodeAnalysisContext context, string text, bool fixable)
        {
            foreach (VendorKeyMatch match in VendorKeyScanner.Embedded.Find(text))
            {
                string configKey = match.SuggestedConfigKey();
                ImmutableDictionary<string, string?>.Builder properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[ConfigKeyProperty] = configKey;
                properties[IsSecretProperty] = match.IsSecret ? "true" : "false";
                if (fixable)
                {
                    properties[KeyStartProperty] = match.Start.ToString(CultureInfo.InvariantCulture);
                    properties[KeyEndProperty] = (match.Start + match.Length).ToString(CultureInfo.InvariantCulture);
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.VendorKeyInCode,
                    context.Node.GetLocation(),
                    match.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    additionalLocations: null,
                    properties.ToImmutable(),
                    match.Describe(),
                    match.Prefix,
                    match.Consequence(),
                    " (e.g. '" + configKey + "')"));
            }
        }
    }
}
