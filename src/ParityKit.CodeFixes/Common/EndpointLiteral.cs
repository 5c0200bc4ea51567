using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Common;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// An endpoint literal a code fix can rewrite (PK2001's sandbox URL, PK5001's shared-environment URL): the literal (or
    /// interpolated string), where its base URL sits (<see cref="EndpointProperties"/>), and the <c>const</c> declaration
    /// it initialises, if any. Everything that makes a literal unfixable, whatever the rule, is decided here.
    /// </summary>
    internal sealed class EndpointLiteral
    {
        private EndpointLiteral(ExpressionSyntax node, int baseStart, int baseEnd, SyntaxNode? constDeclaration)
        {
            Node = node;
            BaseStart = baseStart;
            BaseEnd = baseEnd;
            ConstDeclaration = constDeclaration;
        }

        /// <summary>A string literal or an interpolated string.</summary>
        public ExpressionSyntax Node { get; }

        public int BaseStart { get; }

        public int BaseEnd { get; }

        /// <summary>The <c>const</c> field or local the literal initialises: it must stop being a constant.</summary>
        public SyntaxNode? ConstDeclaration { get; }

        /// <summary>Whether the literal ends up in a static context: a <c>const</c> field becomes <c>static readonly</c>.</summary>
        public bool InStaticFieldInitializer => ConstDeclaration is FieldDeclarationSyntax;

        /// <summary>
        /// Finds the diagnostic's literal and checks it can be replaced by a configuration read; the part to replace is
        /// named by the diagnostic's <paramref name="startProperty"/> and <paramref name="endProperty"/> (the base URL's
        /// <see cref="EndpointProperties"/> unless told). Whether the base URL is a URL at all (not a bare host, which
        /// configuration would hold as a different kind of value) is the caller's check.
        /// </summary>
        public static EndpointLiteral? TryCreate(
            SyntaxNode root,
            Diagnostic diagnostic,
            string startProperty = EndpointProperties.BaseStart,
            string endProperty = EndpointProperties.BaseEnd)
        {
            if (!int.TryParse(GetProperty(diagnostic, startProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int baseStart)
                || !int.TryParse(GetProperty(diagnostic, endProperty), NumberStyles.None, CultureInfo.InvariantCulture, out int baseEnd))
            {
                return null;
            }

            return TryCreate(root, diagnostic.Location.SourceSpan, baseStart, baseEnd);
        }

        /// <summary>
        /// The string literal or interpolated string at <paramref name="span"/>, with the part of its value (or of an
        /// interpolated string's first text part) from <paramref name="baseStart"/> to <paramref name="baseEnd"/> to replace, if a
        /// configuration read can take its place. Shared by the fixes that move a literal's value into configuration.
        /// </summary>
        private static EndpointLiteral? TryCreate(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span, int baseStart, int baseEnd)
        {
            SyntaxNode? found = root.FindNode(span, getInnermostNodeForTie: true);
            var node = found?.FirstAncestorOrSelf<ExpressionSyntax>(e => e.IsKind(SyntaxKind.StringLiteralExpression) || e.IsKind(SyntaxKind.InterpolatedStringExpression));
            if (node == null || node.Span != span || !HasBaseAt(node, baseStart, baseEnd))
            {
                return null;
            }

            return GetConstantContext(node, out SyntaxNode? constDeclaration) == ConstantContext.Required
                ? null
                : new EndpointLiteral(node, baseStart, baseEnd, constDeclaration);
        }

        public static string? GetProperty(Diagnostic diagnostic, string name) =>
            diagnostic.Properties.TryGetValue(name, out string? value) ? value : null;

        /// <summary>
        /// Whether <paramref name="expression"/> sits where C# requires a constant (attribute argument, parameter default,
        /// case label, constant pattern), or initialises a <c>const</c> field or local, which the fix can change.
        /// </summary>
        public static ConstantContext GetConstantContext(SyntaxNode expression, out SyntaxNode? constDeclaration)
        {
            constDeclaration = null;
            SyntaxNode current = expression;
            while (true)
            {
                SyntaxNode? parent = current.Parent;
                if (parent is BinaryExpressionSyntax binary && binary.Right == current
                    && (binary.IsKind(SyntaxKind.IsExpression) || binary.IsKind(SyntaxKind.AsExpression)))
                {
                    // "x is Endpoints.Sandbox" tests against a constant.
                    return ConstantContext.Required;
                }

                // Up through the expression the value is part of (a reference's qualified name, concatenations, holes).
                bool partOfValue = parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax or CastExpressionSyntax
                    or CheckedExpressionSyntax or ConditionalExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax
                    || (parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == current)
                    || (parent is QualifiedNameSyntax qualified && qualified.Right == current);
                if (!partOfValue)
                {
                    break;
                }

                current = parent!;
            }

            switch (current.Parent)
            {
                case AttributeArgumentSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case RelationalPatternSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax or EnumMemberDeclarationSyntax }:
                    return ConstantContext.Required;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } }
                    when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    constDeclaration = field;
                    return ConstantContext.ConstDeclaration;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax local } } }
                    when local.IsConst:
                    constDeclaration = local;
                    return ConstantContext.ConstDeclaration;
                default:
                    return ConstantContext.None;
            }
        }

        /// <summary>
        /// The literal with its base URL replaced by <paramref name="read"/>: <c>(read) + "/v2/orders"</c>, or for an
        /// interpolated string a hole in place of the base text. Parentheses carry the simplifier annotation, so they stay
        /// only where precedence needs them.
        /// </summary>
        public ExpressionSyntax Rewrite(ExpressionSyntax read)
        {
            ExpressionSyntax replacement = Node is InterpolatedStringExpressionSyntax interpolated
                ? RewriteInterpolated(interpolated, read)
                : RewriteLiteral(((LiteralExpressionSyntax)Node).Token.ValueText, read);
            return replacement.WithTriviaFrom(Node);
        }

        private ExpressionSyntax RewriteLiteral(string value, ExpressionSyntax read)
        {
            ExpressionSyntax result = Parenthesize(read);
            if (BaseStart > 0)
            {
                result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, StringLiteral(value.Substring(0, BaseStart)), result);
            }

            if (BaseEnd < value.Length)
            {
                result = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, result, StringLiteral(value.Substring(BaseEnd)));
            }

            return result;
        }

        private ExpressionSyntax RewriteInterpolated(InterpolatedStringExpressionSyntax interpolated, ExpressionSyntax read)
        {
            // The text before and after the base keeps its raw spelling, so escapes stay valid in this kind of string.
            var first = (InterpolatedStringTextSyntax)interpolated.Contents[0];
            string raw = first.TextToken.Text;
            string value = first.TextToken.ValueText;

            var contents = new List<InterpolatedStringContentSyntax>();
            if (BaseStart > 0)
            {
                contents.Add(Text(raw.Substring(0, BaseStart), value.Substring(0, BaseStart)));
            }

            // $$"""…{{x}}…""" needs as many braces around a hole as it has dollar signs.
            int dollars = interpolated.StringStartToken.Text.Count(c => c == '$');
            contents.Add(SyntaxFactory.Interpolation(
                SyntaxFactory.Token(default, SyntaxKind.OpenBraceToken, new string('{', dollars), new string('{', dollars), default),
                Parenthesize(read),
                alignmentClause: null,
                formatClause: null,
                SyntaxFactory.Token(default, SyntaxKind.CloseBraceToken, new string('}', dollars), new string('}', dollars), default)));
            if (BaseEnd < raw.Length)
            {
                contents.Add(Text(raw.Substring(BaseEnd), value.Substring(BaseEnd)));
            }

            contents.AddRange(interpolated.Contents.Skip(1));

            // $"{read}" says no more than read itself.
            return contents.Count == 1
                ? Parenthesize(read)
                : interpolated.WithContents(SyntaxFactory.List(contents));
        }

        /// <summary>Turns <c>const</c> into <c>static readonly</c> (field) or drops it (local); the value is no longer constant.</summary>
        public static SyntaxNode RemoveConst(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    SyntaxToken constKeyword = field.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    return field.WithModifiers(field.Modifiers.ReplaceRange(constKeyword, new[]
                    {
                        SyntaxFactory.Token(constKeyword.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                        SyntaxFactory.Token(default, SyntaxKind.ReadOnlyKeyword, constKeyword.TrailingTrivia),
                    }));
                case LocalDeclarationStatementSyntax local when local.IsConst:
                    SyntaxToken localConst = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    LocalDeclarationStatementSyntax withoutConst = local.WithModifiers(local.Modifiers.Remove(localConst));
                    return localConst == local.GetFirstToken() ? withoutConst.WithLeadingTrivia(localConst.LeadingTrivia) : withoutConst;
                default:
                    return declaration;
            }
        }

        /// <summary>Whether the base offsets fit the literal, and for an interpolated string whether raw and value text agree up to them.</summary>
        private static bool HasBaseAt(ExpressionSyntax node, int baseStart, int baseEnd)
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    return baseStart < baseEnd && baseEnd <= literal.Token.ValueText.Length;
                case InterpolatedStringExpressionSyntax { Contents: { Count: > 0 } contents } when contents[0] is InterpolatedStringTextSyntax first:
                    string raw = first.TextToken.Text;
                    string value = first.TextToken.ValueText;
                    return baseStart < baseEnd && baseEnd <= raw.Length && baseEnd <= value.Length && string.CompareOrdinal(raw, 0, value, 0, baseEnd) == 0;
                default:
                    return false;
            }
        }

        private static ParenthesizedExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
            SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

        private static LiteralExpressionSyntax StringLiteral(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        private static InterpolatedStringTextSyntax Text(string raw, string value) =>
            SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, raw, value, default));
    }

    internal enum ConstantContext
    {
        None,

        /// <summary>C# requires a constant here: no configuration read can take the literal's place.</summary>
        Required,

        /// <summary>The literal initialises a <c>const</c> field or local.</summary>
        ConstDeclaration,
    }
}
