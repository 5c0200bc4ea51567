using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>
    /// Reads the SQL text a sink receives: a literal, a constant (followed to its declaration when that is in the same
    /// file), a concatenation, or an interpolated string. Interpolation holes and non-constant parts of a
    /// concatenation become <see cref="SqlTokenizer.HoleChar"/>: the SQL check treats them as values it cannot see. A
    /// value that is not built from any of these (a variable, a method result) is not read at all.
    /// </summary>
    internal static class SqlSourceBuilder
    {
        private const int MaxDepth = 8;

        public static SqlSource? TryBuild(IOperation value, CancellationToken cancellationToken)
        {
            var builder = new Builder(cancellationToken);
            IOperation unwrapped = Unwrap(value);
            if (!builder.Append(unwrapped, 0, topLevel: true) || builder.Text.Length == 0)
            {
                return null;
            }

            return new SqlSource(builder.Text.ToString(), builder.Segments.ToImmutable(), value.Syntax.GetLocation());
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private sealed class Builder
        {
            private readonly CancellationToken _cancellationToken;

            public Builder(CancellationToken cancellationToken)
            {
                _cancellationToken = cancellationToken;
            }

            public StringBuilder Text { get; } = new();

            public ImmutableArray<SqlSourceSegment>.Builder Segments { get; } = ImmutableArray.CreateBuilder<SqlSourceSegment>();

            public bool Append(IOperation operation, int depth, bool topLevel)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                operation = Unwrap(operation);
                switch (operation)
                {
                    case ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } } when operation.Syntax is LiteralExpressionSyntax syntax:
                        AppendToken(syntax.Token, literal);
                        return true;

                    case IInterpolatedStringOperation interpolated:
                        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                        {
                            if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } } textPart
                                && textPart.Syntax is InterpolatedStringTextSyntax textSyntax)
                            {
                                AppendToken(textSyntax.TextToken, text);
                            }
                            else
                            {
                                AppendHole(part.Syntax);
                            }
                        }

                        return true;

                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation when depth < MaxDepth:
                        if (!Append(concatenation.LeftOperand, depth + 1, topLevel: false))
                        {
                            AppendHole(concatenation.LeftOperand.Syntax);
                        }

                        if (!Append(concatenation.RightOperand, depth + 1, topLevel: false))
                        {
                            AppendHole(concatenation.RightOperand.Syntax);
                        }

                        return true;

                    case IFieldReferenceOperation { Field: { IsConst: true } field } when depth < MaxDepth:
                        return AppendConstant(operation, field, depth);

                    case ILocalReferenceOperation { Local: { IsConst: true } local } when depth < MaxDepth:
                        return AppendConstant(operation, local, depth);

                    default:
                        if (operation.ConstantValue is { HasValue: true, Value: string constant })
                        {
                            AppendUnmapped(operation.Syntax, constant);
                            return true;
                        }

                        return false;
                }
            }

            /// <summary>Follows a constant to its initializer when both are in the same file, so the fix can edit it there.</summary>
            private bool AppendConstant(IOperation reference, ISymbol constant, int depth)
            {
                if (reference.ConstantValue is not { HasValue: true, Value: string value })
                {
                    return false;
                }

                SemanticModel? model = reference.SemanticModel;
                foreach (SyntaxReference declaration in constant.DeclaringSyntaxReferences)
                {
                    if (model != null
                        && declaration.SyntaxTree == model.SyntaxTree
                        && declaration.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                        && model.GetOperation(initializer, _cancellationToken) is { } initializerOperation)
                    {
                        int mark = Text.Length;
                        int segments = Segments.Count;
                        if (Append(initializerOperation, depth + 1, topLevel: false) && Text.ToString(mark, Text.Length - mark) == value)
                        {
                            return true;
                        }

                        Text.Length = mark;
                        while (Segments.Count > segments)
                        {
                            Segments.RemoveAt(Segments.Count - 1);
                        }
                    }
                }

                AppendUnmapped(reference.Syntax, value);
                return true;
            }

            private void AppendToken(SyntaxToken token, string value)
            {
                if (value.Length == 0)
                {
                    return;
                }

                bool mapped = StringLiteralMap.TryMap(token, value, out int[] starts, out int[] lengths);
                Segments.Add(new SqlSourceSegment(Text.Length, value.Length, token.SyntaxTree!, token.Span, mapped ? starts : null, mapped ? lengths : null));
                Text.Append(value);
            }

            private void AppendUnmapped(SyntaxNode syntax, string value)
            {
                if (value.Length == 0)
                {
                    return;
                }

                Segments.Add(new SqlSourceSegment(Text.Length, value.Length, syntax.SyntaxTree, syntax.Span, null, null));
                Text.Append(value);
            }

            private void AppendHole(SyntaxNode syntax)
            {
                Segments.Add(new SqlSourceSegment(Text.Length, 1, syntax.SyntaxTree, syntax.Span, null, null));
                Text.Append(SqlTokenizer.HoleChar);
            }
        }
    }
}
