using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// The operation of one invocation (or element access) bound on its own, as a statement speculated at its position, instead of
    /// through <see cref="SemanticModel.GetOperation"/>, which binds the whole enclosing statement first: for a read
    /// in an <c>if</c> condition that is the <c>if</c> with its whole block. Generators use it for their few
    /// candidate calls, so a build binds little of the code twice (the compiler binds it all again after the
    /// generators). Nodes of the result live in a speculative tree: <see cref="OriginalPosition"/> maps them back.
    /// </summary>
    internal readonly struct SpeculativeOperation
    {
        private readonly int _offset;

        private SpeculativeOperation(IOperation operation, int offset)
        {
            Operation = operation;
            _offset = offset;
        }

        public IOperation Operation { get; }

        /// <summary>
        /// Binds <paramref name="expression"/> (an invocation or element access) alone; false where speculation is not
        /// possible (outside a method body, broken code).
        /// </summary>
        public static bool TryBind(ExpressionSyntax expression, SemanticModel model, out SpeculativeOperation result)
        {
            result = default;
            if (expression is not (InvocationExpressionSyntax or ElementAccessExpressionSyntax)
                || expression.FirstAncestorOrSelf<BlockSyntax>() is null
                || expression.ContainsDiagnostics
                || StartsWithConditionalBinding(expression))
            {
                return false;
            }

            ExpressionStatementSyntax statement = SyntaxFactory.ExpressionStatement(expression.WithoutTrivia());
            IOperation? operation;
            try
            {
                operation = model.TryGetSpeculativeSemanticModel(expression.SpanStart, statement, out SemanticModel? speculative)
                    ? speculative.GetOperation(statement.Expression)
                    : null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Speculation only saves time: a form the compiler cannot bind out of place is bound in place instead.
                return false;
            }

            if (operation is null)
            {
                return false;
            }

            result = new SpeculativeOperation(operation, expression.SpanStart - statement.Expression.SpanStart);
            return true;
        }

        // `a?.B(x)`: the call's receiver is bound through the enclosing `?.`, which a copy of the call alone lacks.
        private static bool StartsWithConditionalBinding(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case MemberBindingExpressionSyntax or ElementBindingExpressionSyntax:
                        return true;
                    case InvocationExpressionSyntax invocation:
                        expression = invocation.Expression;
                        break;
                    case ElementAccessExpressionSyntax access:
                        expression = access.Expression;
                        break;
                    case MemberAccessExpressionSyntax member:
                        expression = member.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax postfix:
                        expression = postfix.Operand;
                        break;
                    default:
                        return false;
                }
            }
        }

        /// <summary>Where a node of the speculative statement is in the original tree.</summary>
        public int OriginalPosition(SyntaxNode speculativeNode) => speculativeNode.SpanStart + _offset;
    }
}
