using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>
    /// Lets generated code written for C# 8 compile in a project on an older language version: a netstandard2.0 or
    /// .NET Framework library defaults to C# 7.3, where <c>#nullable</c> and <c>string?</c> are errors (CS8370). The
    /// generators write nullable-annotated code once; for such a project the directives and the annotations on
    /// <c>string</c> and <c>object</c> are taken out, found through the syntax tree so literals are never touched.
    /// </summary>
    internal static class LanguageVersionCompat
    {
        /// <summary>Whether code for <paramref name="options"/> may use nullable reference types (C# 8 or later).</summary>
        public static bool SupportsNullableAnnotations(ParseOptions options) =>
            options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;

        /// <summary>What generated code for <paramref name="options"/> may use, as a pipeline value.</summary>
        public static GeneratedCodeLanguage For(ParseOptions options) =>
            SupportsNullableAnnotations(options) ? GeneratedCodeLanguage.WithNullableAnnotations : GeneratedCodeLanguage.WithoutNullableAnnotations;

        /// <summary>The generated source as written, or without nullable annotations when <paramref name="language"/> has none.</summary>
        public static string Adapt(string source, GeneratedCodeLanguage language) =>
            language.NullableAnnotations ? source : WithoutNullableAnnotations(source);

        /// <summary><paramref name="source"/> without nullable directives and reference-type annotations.</summary>
        public static string WithoutNullableAnnotations(string source)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp8)).GetRoot();
            var removals = new List<TextChange>();
            foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: true))
            {
                if (trivia.IsKind(SyntaxKind.NullableDirectiveTrivia))
                {
                    removals.Add(new TextChange(trivia.FullSpan, string.Empty));
                }
            }

            foreach (NullableTypeSyntax type in root.DescendantNodes().OfType<NullableTypeSyntax>())
            {
                if (type.ElementType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword or (int)SyntaxKind.ObjectKeyword })
                {
                    removals.Add(new TextChange(type.QuestionToken.Span, string.Empty));
                }
            }

            return removals.Count == 0 ? source : SourceText.From(source).WithChanges(removals).ToString();
        }
    }

    /// <summary>
    /// Whether the project's language version has nullable annotations: a class, not a <c>bool</c>, so the pipeline
    /// values stay reference types (see <see cref="Common.PipelineJoins"/>).
    /// </summary>
    internal sealed record GeneratedCodeLanguage(bool NullableAnnotations)
    {
        public static readonly GeneratedCodeLanguage WithNullableAnnotations = new(true);

        public static readonly GeneratedCodeLanguage WithoutNullableAnnotations = new(false);
    }
}
