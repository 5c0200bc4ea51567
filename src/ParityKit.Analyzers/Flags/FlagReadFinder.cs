using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>Finds flag reads: invocations of recognised readers and <c>[FeatureGate]</c> attributes.</summary>
    internal static class FlagReadFinder
    {
        /// <summary>Adds the reads of one invocation (none, one, or one per key of a <c>params</c> key array).</summary>
        public static void AddReads(IInvocationOperation invocation, FlagReaderSymbols symbols, List<FlagRead> reads)
        {
            if (symbols.Match(invocation.TargetMethod) is not { } reader)
            {
                return;
            }

            IArgumentOperation? keyArgument = null;
            IArgumentOperation? defaultArgument = null;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (parameter.Ordinal == reader.KeyOrdinal)
                {
                    keyArgument = argument;
                }
                else if (parameter.Ordinal == reader.DefaultOrdinal)
                {
                    defaultArgument = argument;
                }
            }

            if (keyArgument is null)
            {
                return;
            }

            bool? defaultValue = defaultArgument?.Value.ConstantValue is { HasValue: true, Value: bool value } ? value : null;
            string readerName = invocation.TargetMethod.Name;
            if (keyArgument.ArgumentKind == ArgumentKind.ParamArray)
            {
                if (keyArgument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        AddRead(element, element.Syntax, readerName, symbols, null, null, reads);
                    }
                }

                return;
            }

            if (keyArgument.Value.Type is IArrayTypeSymbol)
            {
                return; // an explicit string[] of keys: each element is checked only when written as params
            }

            AddRead(keyArgument.Value, keyArgument.Value.Syntax, readerName, symbols, defaultArgument?.Value.Syntax, defaultValue, reads);
        }

        private static void AddRead(
            IOperation key,
            SyntaxNode keySyntax,
            string readerName,
            FlagReaderSymbols symbols,
            SyntaxNode? defaultSyntax,
            bool? defaultValue,
            List<FlagRead> reads)
        {
            Optional<object?> constant = key.ConstantValue;
            if (constant.HasValue && constant.Value is not string)
            {
                return; // a null key: nothing to check
            }

            if (!constant.HasValue && IsForwardedFlagKey(key, symbols))
            {
                return; // a [FlagKey] reader passing its key on: the reads are checked at its call sites
            }

            reads.Add(new FlagRead(
                constant.HasValue ? (string)constant.Value! : null,
                keySyntax,
                readerName,
                ReferencedBaseline(key, symbols),
                defaultSyntax,
                defaultValue));
        }

        /// <summary>
        /// The flag keys of a <c>[FeatureGate(...)]</c> attribute: each string argument, and each enum argument by its member
        /// name (as the attribute itself turns enums into feature names).
        /// </summary>
        public static ImmutableArray<FlagRead> GetFeatureGateReads(
            AttributeSyntax attribute,
            SemanticModel semanticModel,
            FlagReaderSymbols symbols,
            CancellationToken cancellationToken)
        {
            if (symbols.FeatureGateAttribute is null || attribute.ArgumentList is null || !MayBeFeatureGate(attribute.Name)
                || semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, symbols.FeatureGateAttribute))
            {
                return ImmutableArray<FlagRead>.Empty;
            }

            var reads = new List<FlagRead>();
            foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals is null)
                {
                    AddFeatureGateKeys(argument.Expression, semanticModel, symbols, reads, cancellationToken);
                }
            }

            return reads.ToImmutableArray();
        }

        private static void AddFeatureGateKeys(
            ExpressionSyntax expression,
            SemanticModel semanticModel,
            FlagReaderSymbols symbols,
            List<FlagRead> reads,
            CancellationToken cancellationToken)
        {
            if (expression is ArrayCreationExpressionSyntax { Initializer: { } initializer })
            {
                foreach (ExpressionSyntax element in initializer.Expressions)
                {
                    AddFeatureGateKeys(element, semanticModel, symbols, reads, cancellationToken);
                }

                return;
            }

            if (expression is ImplicitArrayCreationExpressionSyntax { Initializer: { } implicitInitializer })
            {
                foreach (ExpressionSyntax element in implicitInitializer.Expressions)
                {
                    AddFeatureGateKeys(element, semanticModel, symbols, reads, cancellationToken);
                }

                return;
            }

            ITypeSymbol? type = semanticModel.GetTypeInfo(expression, cancellationToken).Type;
            if (type?.SpecialType == SpecialType.System_String)
            {
                Optional<object?> constant = semanticModel.GetConstantValue(expression, cancellationToken);
                if (constant.HasValue && constant.Value is string key)
                {
                    FlagDeclaration? referenced = semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol field
                        ? ReferencedBaseline(field, symbols)
                        : null;
                    reads.Add(new FlagRead(key, expression, "FeatureGate", referenced, null, null));
                }
            }
            else if (type?.TypeKind == TypeKind.Enum && !SymbolEqualityComparer.Default.Equals(type, symbols.RequirementType)
                && semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } member)
            {
                reads.Add(new FlagRead(member.Name, expression, "FeatureGate", null, null, null));
            }
        }

        private static bool MayBeFeatureGate(NameSyntax name)
        {
            string text = name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };

            // An alias (using Gate = ...FeatureGateAttribute) is rare; it is still found when it keeps the name.
            return text is "FeatureGate" or "FeatureGateAttribute";
        }

        private static bool IsForwardedFlagKey(IOperation key, FlagReaderSymbols symbols)
        {
            while (key is IConversionOperation conversion)
            {
                key = conversion.Operand;
            }

            return key is IParameterReferenceOperation { Parameter: var parameter } && symbols.IsFlagKeyParameter(parameter);
        }

        private static FlagDeclaration? ReferencedBaseline(IOperation value, FlagReaderSymbols symbols)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value is IFieldReferenceOperation { Field: var field } ? ReferencedBaseline(field, symbols) : null;
        }

        /// <summary>
        /// The baseline of a <c>[Baseline]</c> constant declared in another assembly (a shared flags library): the
        /// compilation's own declarations are in <see cref="FlagBaselines"/> already.
        /// </summary>
        internal static FlagDeclaration? ReferencedBaseline(IFieldSymbol field, FlagReaderSymbols symbols)
        {
            if (symbols.BaselineAttribute is null || !field.IsConst || field.Locations.IsEmpty || field.Locations[0].IsInSource
                || field.ConstantValue is not string)
            {
                return null;
            }

            return FlagDeclarationReader.FindAttribute(field, symbols.BaselineAttribute) is { } attribute
                ? FlagDeclarationReader.ReadBaselineField(field, attribute, problems: null)
                : null;
        }
    }
}
