using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// The operation of one expression bound on its own, as a statement speculated at its position, instead of through
    /// <see cref="SemanticModel.GetOperation"/>, which binds the whole enclosing statement first: for a read in an
    /// <c>if</c> condition that is the <c>if</c> with its whole block. Generators use it for their few candidate calls,
    /// so a build binds little of the code twice (the compiler binds it all again after the generators). Nodes of the
    /// result live in a speculative tree: <see cref="OriginalPosition"/> maps them back.
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
        /// Binds <paramref name="expression"/> alone; false where speculation is not possible (outside a method body,
        /// broken code).
        /// </summary>
        public static bool TryBind(ExpressionSyntax expression, SemanticModel model, out SpeculativeOperation result) =>
            TryBind(expression, expression, model, out result);

        /// <summary>
        /// Binds the whole expression <paramref name="expression"/> is part of (up to its statement, never into a lambda)
        /// alone, so that its operation has the parents it has in place (<c>GetSection("A").Bind(o)</c>,
        /// <c>config["A"] ?? "x"</c>), and returns the operation of <paramref name="expression"/> in it.
        /// </summary>
        public static bool TryBindInContext(ExpressionSyntax expression, SemanticModel model, out SpeculativeOperation result)
        {
            ExpressionSyntax top = expression;
            while (EnclosingExpression(top) is { } next)
            {
                top = next;
            }

            return TryBind(top, expression, model, out result);
        }

        private static bool TryBind(ExpressionSyntax expression, ExpressionSyntax target, SemanticModel model, out SpeculativeOperation result)
        {
            result = default;
            // Any expression binds as a statement copy (one that is not a valid statement binds with an error, which
            // changes nothing in its operations); not an assignment's target or a lambda, which need their context.
            if (expression is AnonymousFunctionExpressionSyntax or ThrowExpressionSyntax
                || expression.Parent is AssignmentExpressionSyntax assignment && assignment.Left == expression
                || expression.FirstAncestorOrSelf<BlockSyntax>() is null
                || expression.ContainsDiagnostics
                || StartsWithConditionalBinding(expression))
            {
                return false;
            }

            ExpressionStatementSyntax statement = SyntaxFactory.ExpressionStatement(expression.WithoutTrivia());
            int offset = expression.SpanStart - statement.Expression.SpanStart;
            IOperation? operation;
            try
            {
                operation = model.TryGetSpeculativeSemanticModel(expression.SpanStart, statement, out SemanticModel? speculative)
                    && Copy(statement, target, offset) is { } copy
                    ? speculative.GetOperation(copy)
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

            result = new SpeculativeOperation(operation, offset);
            return true;
        }

        /// <summary>The node of the speculative <paramref name="statement"/> that copies <paramref name="target"/>.</summary>
        private static SyntaxNode? Copy(ExpressionStatementSyntax statement, ExpressionSyntax target, int offset)
        {
            var span = new TextSpan(target.SpanStart - offset, target.Span.Length);
            if (!statement.Span.Contains(span))
            {
                return null;
            }

            for (SyntaxNode? node = statement.FindNode(span, getInnermostNodeForTie: true); node != null; node = node.Parent)
            {
                if (node.Span == span && node.RawKind == target.RawKind)
                {
                    return node;
                }

                if (node.Span.Length > span.Length)
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>
        /// The expression <paramref name="expression"/> is a direct part of, through argument lists; null at a statement,
        /// a lambda, or anything else (a constructor initializer's arguments, an attribute's).
        /// </summary>
        private static ExpressionSyntax? EnclosingExpression(ExpressionSyntax expression)
        {
            SyntaxNode? parent = expression.Parent;
            if (parent is ArgumentSyntax)
            {
                parent = parent.Parent;
            }

            if (parent is ArgumentListSyntax or BracketedArgumentListSyntax)
            {
                parent = parent.Parent;
            }

            return parent is ExpressionSyntax enclosing and not AnonymousFunctionExpressionSyntax ? enclosing : null;
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
