using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// The generator's syntax-only filter for nodes that may be configuration reads: calls whose name is one of the
    /// recognised APIs, and single-argument element accesses that are not assigned to. Runs on every node of every
    /// changed file, so it looks at names only.
    /// </summary>
    internal static class ConfigurationReadSyntax
    {
        public static bool IsCandidate(SyntaxNode node) => node switch
        {
            InvocationExpressionSyntax invocation => ConfigurationReadCatalog.IsCandidateName(NameOf(invocation.Expression)),
            ElementAccessExpressionSyntax access => access.ArgumentList.Arguments.Count == 1
                && !(access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)),
            _ => false,
        };

        private static string NameOf(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
