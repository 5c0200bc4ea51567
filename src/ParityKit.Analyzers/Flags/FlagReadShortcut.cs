using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The manifest generator's shortcut for the common flag reads, which binds only their receiver and key, never the
    /// call: <c>features.IsEnabledAsync(Flags.X, ...)</c> on a receiver of a reader interface type, with the key first,
    /// and <c>endpoint.WithFeatureGate("a", Flags.B)</c>, whose receiver (often a <c>MapGet</c> with its handler) is not
    /// bound at all. Keys must be string literals or string constants. Anything else returns null and is bound in full
    /// (<see cref="FlagReadFinder"/>), as the analyzers bind every read.
    /// </summary>
    internal static class FlagReadShortcut
    {
        private const string FeatureGateMethod = "WithFeatureGate";

        public static EquatableArray<FlagReadSite>? TryRead(InvocationExpressionSyntax invocation, SemanticModel model, FlagReaderSymbols symbols, CancellationToken cancellationToken)
        {
            try
            {
                return Read(invocation, model, symbols, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The shortcut only saves time: a form the compiler cannot bind out of place is bound in full instead.
                return null;
            }
        }

        private static EquatableArray<FlagReadSite>? Read(InvocationExpressionSyntax invocation, SemanticModel model, FlagReaderSymbols symbols, CancellationToken cancellationToken)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                || invocation.ArgumentList.Arguments.Count == 0)
            {
                return null;
            }

            string method = name.Identifier.ValueText;
            var sites = new List<FlagReadSite>(1);
            if (method == FeatureGateMethod)
            {
                if (!symbols.HasReaderType(FlagReaderCatalog.FeatureGateEndpointExtensions))
                {
                    return null;
                }

                foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (argument.NameColon != null || argument.Expression is MemberAccessExpressionSyntax member && IsRequirementType(member, model, symbols))
                    {
                        continue; // RequirementType.All / Any: not a key
                    }

                    if (!TryAddKey(argument.Expression, model, symbols, sites))
                    {
                        return null;
                    }
                }

                return sites.ToEquatableArray();
            }

            ArgumentSyntax first = invocation.ArgumentList.Arguments[0];
            if (first.NameColon != null
                || model.GetSpeculativeTypeInfo(access.Expression.SpanStart, access.Expression, SpeculativeBindingOption.BindAsExpression).Type is not { } receiver
                || symbols.ReaderCalledOn(receiver, method) is null
                || !TryAddKey(first.Expression, model, symbols, sites))
            {
                return null;
            }

            return sites.ToEquatableArray();
        }

        // Only `RequirementType.All` (or a qualified `...RequirementType.Any`) can be one: the name is checked before binding.
        private static bool IsRequirementType(MemberAccessExpressionSyntax member, SemanticModel model, FlagReaderSymbols symbols) =>
            member.Expression is IdentifierNameSyntax { Identifier.ValueText: "RequirementType" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "RequirementType" }
            && symbols.RequirementType is { } requirement
            && SymbolEqualityComparer.Default.Equals(
                model.GetSpeculativeTypeInfo(member.SpanStart, member, SpeculativeBindingOption.BindAsExpression).Type, requirement);

        /// <summary>A literal or constant string key (a <c>null</c> literal is no read); false for any other expression.</summary>
        private static bool TryAddKey(ExpressionSyntax key, SemanticModel model, FlagReaderSymbols symbols, List<FlagReadSite> sites)
        {
            string? value;
            DeclaredFlag? referenced = null;
            if (SyntaxLiteral.TryGetValue(key, out object? literal))
            {
                if (literal is null)
                {
                    return true;
                }

                value = literal as string;
            }
            else if (key is MemberAccessExpressionSyntax or IdentifierNameSyntax
                && model.GetSpeculativeSymbolInfo(key.SpanStart, key, SpeculativeBindingOption.BindAsExpression).Symbol is IFieldSymbol { IsConst: true, ConstantValue: string constant } field)
            {
                value = constant;
                referenced = FlagReadFinder.ReferencedBaseline(field, symbols) is { } baseline ? DeclaredFlag.From(baseline) : null;
            }
            else
            {
                return false;
            }

            if (value is null)
            {
                return false;
            }

            int line = key.SyntaxTree.GetLineSpan(key.Span).StartLinePosition.Line + 1;
            sites.Add(new FlagReadSite(value, key.SyntaxTree.FilePath, line, referenced));
            return true;
        }
    }
}
