using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Common
{
    /// <summary>Tells whether an expression is (part of) an argument of a given attribute, such as a declaration's own URL.</summary>
    internal static class AttributeArgument
    {
        public static bool IsArgumentOf(SyntaxNode node, SemanticModel model, INamedTypeSymbol? attributeType, CancellationToken cancellationToken)
        {
            if (attributeType == null)
            {
                return false;
            }

            for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case AttributeSyntax attribute:
                        return model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol constructor
                            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, attributeType);
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                    case AnonymousFunctionExpressionSyntax:
                        return false;
                }
            }

            return false;
        }
    }
}
