using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// The value of a literal expression read from syntax alone: string, character, numeric, <c>true</c>,
    /// <c>false</c> and <c>null</c> literals, parenthesized or negated, and a cast <c>null</c>. Generated code (EF Core's migrations and
    /// snapshots) passes literals, so generators can read it without binding; anything else is left to the
    /// semantic model by the caller.
    /// </summary>
    internal static class SyntaxLiteral
    {
        /// <summary>Whether <paramref name="expression"/> is a literal; its value (possibly null) in <paramref name="value"/>.</summary>
        public static bool TryGetValue(ExpressionSyntax? expression, out object? value)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return TryGetValue(parenthesized.Expression, out value);
                case CastExpressionSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } }:
                    // `(string)null`, as EF Core's snapshots write `b.ToTable("users", (string)null)`.
                    value = null;
                    return true;
                case LiteralExpressionSyntax literal when !literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                    value = literal.Token.Value;
                    return !literal.Token.IsMissing;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated
                    when negated.Operand is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression }:
                    value = Negate(((LiteralExpressionSyntax)negated.Operand).Token.Value);
                    return value != null;
                default:
                    value = null;
                    return false;
            }
        }

        private static object? Negate(object? value) => value switch
        {
            int i => -i,
            long l => -l,
            double d => -d,
            float f => -f,
            decimal m => -m,
            _ => null,
        };
    }
}
