using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ParityKit.Analyzers.Common;

namespace ParityKit.CodeFixes.Common
{
    /// <summary>
    /// Builds the expression that reads a base URL from configuration where a literal used to be: through an
    /// <c>IConfiguration</c> the code can already reach, else from the environment variable configuration binds the key
    /// to. Either way a missing value fails loudly instead of falling back to a tier nobody chose.
    /// </summary>
    internal static class ConfigurationRead
    {
        public static ExpressionSyntax Create(SemanticModel model, EndpointLiteral literal, string configKey, CancellationToken cancellationToken)
        {
            string? configuration = FindConfiguration(model, literal, cancellationToken);
            string text;
            if (configuration != null)
            {
                text = configuration + "[" + Quote(configKey) + "] ?? throw new global::System.InvalidOperationException("
                    + Quote("Configuration value '" + configKey + "' is missing.") + ")";
            }
            else
            {
                // Microsoft.Extensions.Configuration maps "PayPal__BaseUrl" to the key "PayPal:BaseUrl".
                string variable = configKey.Replace(":", "__");
                text = "global::System.Environment.GetEnvironmentVariable(" + Quote(variable) + ") ?? throw new global::System.InvalidOperationException("
                    + Quote("Environment variable '" + variable + "' is not set.") + ")";
            }

            return SyntaxFactory.ParseExpression(text).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        }

        /// <summary>
        /// The name of a local, parameter, field or property of type <c>IConfiguration</c> (or a type implementing it)
        /// that is usable at the literal: declared before it, and not an instance member in a static context or in a
        /// field initializer. Locals and parameters win over members, so the nearest one is used.
        /// </summary>
        private static string? FindConfiguration(SemanticModel model, EndpointLiteral literal, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? configurationType = model.Compilation.GetTypeByMetadataName(MetadataNames.IConfiguration);
            if (configurationType == null)
            {
                return null;
            }

            SyntaxNode node = literal.Node;
            Reach reach = GetReach(node, literal.InStaticFieldInitializer);
            ISymbol? best = null;
            int bestRank = int.MaxValue;
            foreach (ISymbol symbol in model.LookupSymbols(node.SpanStart))
            {
                cancellationToken.ThrowIfCancellationRequested();
                int rank = Rank(symbol, node, reach, configurationType);
                if (rank < bestRank || (rank == bestRank && best != null && string.CompareOrdinal(symbol.Name, best.Name) < 0))
                {
                    best = symbol;
                    bestRank = rank;
                }
            }

            return best == null ? null : Escape(best.Name);
        }

        /// <summary>Lower is preferred; <see cref="int.MaxValue"/> when the symbol cannot be used here.</summary>
        private static int Rank(ISymbol symbol, SyntaxNode node, Reach reach, INamedTypeSymbol configurationType)
        {
            switch (symbol)
            {
                case ILocalSymbol local when IsConfiguration(local.Type, configurationType) && reach.Locals && IsDeclaredBefore(local, node):
                    return 0;
                case IParameterSymbol parameter when IsConfiguration(parameter.Type, configurationType):
                    return IsPrimaryConstructorParameter(parameter) ? (reach.PrimaryConstructor ? 2 : int.MaxValue) : (reach.Locals ? 0 : int.MaxValue);
                case IFieldSymbol field when IsConfiguration(field.Type, configurationType) && (field.IsStatic || reach.Instance):
                    return 1;
                case IPropertySymbol property when !property.IsIndexer && property.GetMethod != null
                    && IsConfiguration(property.Type, configurationType) && (property.IsStatic || reach.Instance):
                    return 1;
                default:
                    return int.MaxValue;
            }
        }

        private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configurationType) =>
            SymbolEqualityComparer.Default.Equals(type, configurationType) || type.AllInterfaces.Contains(configurationType, SymbolEqualityComparer.Default);

        private static bool IsDeclaredBefore(ILocalSymbol local, SyntaxNode node) =>
            local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End <= node.SpanStart;

        private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax);

        /// <summary>What code at <paramref name="node"/> may reference: locals and parameters, instance members, primary-constructor parameters.</summary>
        private static Reach GetReach(SyntaxNode node, bool inStaticFieldInitializer)
        {
            if (inStaticFieldInitializer)
            {
                return new Reach(locals: false, instance: false, primaryConstructor: false);
            }

            bool capturesAllowed = true;
            for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case AnonymousFunctionExpressionSyntax function when function.Modifiers.Any(SyntaxKind.StaticKeyword):
                    case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.StaticKeyword):
                        capturesAllowed = false;
                        break;
                    case ConstructorInitializerSyntax:
                        return new Reach(locals: capturesAllowed, instance: false, primaryConstructor: false);
                    case PrimaryConstructorBaseTypeSyntax:
                        return new Reach(locals: false, instance: false, primaryConstructor: true);
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: BaseFieldDeclarationSyntax field } } }:
                        return new Reach(locals: false, instance: false, primaryConstructor: !IsStatic(field.Modifiers));
                    case PropertyDeclarationSyntax property when property.Initializer != null && property.Initializer.Span.Contains(node.Span):
                        return new Reach(locals: false, instance: false, primaryConstructor: !IsStatic(property.Modifiers));
                    case OperatorDeclarationSyntax:
                    case ConversionOperatorDeclarationSyntax:
                        return new Reach(locals: capturesAllowed, instance: false, primaryConstructor: false);
                    case MemberDeclarationSyntax member when member is not BaseNamespaceDeclarationSyntax and not TypeDeclarationSyntax:
                        bool instance = capturesAllowed && !IsStatic(member.Modifiers);
                        return new Reach(locals: capturesAllowed, instance, primaryConstructor: instance);
                    case CompilationUnitSyntax:
                        // Top-level statements: locals only.
                        return new Reach(locals: capturesAllowed, instance: false, primaryConstructor: false);
                }
            }

            return new Reach(locals: false, instance: false, primaryConstructor: false);
        }

        private static bool IsStatic(SyntaxTokenList modifiers) =>
            modifiers.Any(SyntaxKind.StaticKeyword) || modifiers.Any(SyntaxKind.ConstKeyword);

        private static string Quote(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        private readonly struct Reach
        {
            public Reach(bool locals, bool instance, bool primaryConstructor)
            {
                Locals = locals;
                Instance = instance;
                PrimaryConstructor = primaryConstructor;
            }

            public bool Locals { get; }

            public bool Instance { get; }

            public bool PrimaryConstructor { get; }
        }
    }
}
