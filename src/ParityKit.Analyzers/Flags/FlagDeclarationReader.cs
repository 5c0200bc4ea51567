using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// Reads the flag declarations written in code: <c>[assembly: FlagBaseline]</c> and the <c>[Baseline]</c> constants of
    /// <c>[FeatureFlags]</c> classes. Malformed declarations are returned as problems, not declarations. The analyzers
    /// read a whole compilation at once (<see cref="Read"/>); the manifest generator reads one attribute or class at a
    /// time through the same methods, so both accept and reject exactly the same declarations.
    /// </summary>
    internal static class FlagDeclarationReader
    {
        /// <summary>
        /// Every declaration in this compilation's code, in source order (file path, then position; see
        /// <see cref="FlagBaselines.CompareSourceOrder"/>), so "the first declaration" means the same everywhere.
        /// </summary>
        public static void Read(
            Compilation compilation,
            List<FlagDeclaration> declarations,
            List<FlagDeclarationProblem> problems,
            CancellationToken cancellationToken)
        {
            INamedTypeSymbol? flagBaseline = compilation.GetTypeByMetadataName(MetadataNames.FlagBaselineAttribute);
            INamedTypeSymbol? featureFlags = compilation.GetTypeByMetadataName(MetadataNames.FeatureFlagsAttribute);
            INamedTypeSymbol? baseline = compilation.GetTypeByMetadataName(MetadataNames.BaselineAttribute);

            var found = new List<FlagDeclaration>();
            if (flagBaseline != null)
            {
                foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, flagBaseline)
                        && ReadAssemblyAttribute(attribute, problems, cancellationToken) is { } declaration)
                    {
                        found.Add(declaration);
                    }
                }
            }

            if (featureFlags != null && baseline != null)
            {
                ReadNamespace(compilation.Assembly.GlobalNamespace, featureFlags, baseline, found, problems, cancellationToken);
            }

            found.Sort(static (a, b) => FlagBaselines.CompareSourceOrder(
                a.Location.SourceTree?.FilePath, a.Location.SourceSpan.Start, b.Location.SourceTree?.FilePath, b.Location.SourceSpan.Start));
            declarations.AddRange(found);
        }

        /// <summary>
        /// One <c>[assembly: FlagBaseline]</c>; <see langword="null"/> when it is malformed (the problem is added to
        /// <paramref name="problems"/> when given) or when the compiler reports it already.
        /// </summary>
        public static FlagDeclaration? ReadAssemblyAttribute(
            AttributeData attribute,
            List<FlagDeclarationProblem>? problems,
            CancellationToken cancellationToken)
        {
            if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != 2
                || attribute.ApplicationSyntaxReference is not { } reference)
            {
                return null; // the compiler reports the error
            }

            Location location = reference.GetSyntax(cancellationToken).GetLocation();
            string? key = attribute.ConstructorArguments[0].Value as string;
            bool enabled = attribute.ConstructorArguments[1].Value is true;
            ReadNamedArguments(attribute, out int rollout, out ImmutableArray<string> variants);
            return Validate(key, enabled, rollout, location, problems)
                ? new FlagDeclaration(key!, FlagState.Create(enabled, rollout), variants, FlagDeclarationKind.AssemblyAttribute, location, "[assembly: FlagBaseline]")
                : null;
        }

        /// <summary>The <c>[Baseline]</c> constants of one <c>[FeatureFlags]</c> class (its nested classes are read on their own).</summary>
        public static void ReadFeatureFlagsClass(
            INamedTypeSymbol type,
            INamedTypeSymbol baseline,
            List<FlagDeclaration> declarations,
            List<FlagDeclarationProblem>? problems)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IFieldSymbol field && FindAttribute(field, baseline) is { } attribute
                    && ReadBaselineField(field, attribute, problems) is { } declaration)
                {
                    declarations.Add(declaration);
                }
            }
        }

        /// <summary>
        /// A <c>[Baseline]</c> constant, in this compilation or in a referenced flags library; <see langword="null"/> when
        /// it is malformed (the problem is added to <paramref name="problems"/> when given).
        /// </summary>
        public static FlagDeclaration? ReadBaselineField(IFieldSymbol field, AttributeData attribute, List<FlagDeclarationProblem>? problems)
        {
            if (field.Locations.IsEmpty || attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != 1)
            {
                return null;
            }

            Location location = field.Locations[0];
            if (!field.IsConst || field.Type.SpecialType != SpecialType.System_String)
            {
                problems?.Add(FlagDeclarationProblem.Malformed(
                    location, $"[Baseline] on '{field.Name}' is ignored: it belongs on a 'const string' field that holds the flag key"));
                return null;
            }

            string? key = field.ConstantValue as string;
            bool enabled = attribute.ConstructorArguments[0].Value is true;
            ReadNamedArguments(attribute, out int rollout, out ImmutableArray<string> variants);
            return Validate(key, enabled, rollout, location, problems)
                ? new FlagDeclaration(
                    key!, FlagState.Create(enabled, rollout), variants, FlagDeclarationKind.FeatureFlagsMember, location,
                    field.ContainingType.Name + "." + field.Name)
                : null;
        }

        /// <summary>The <c>[Baseline]</c> attribute on <paramref name="symbol"/>, or <see langword="null"/>.</summary>
        public static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol attributeType)
        {
            foreach (AttributeData data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attributeType))
                {
                    return data;
                }
            }

            return null;
        }

        private static void ReadNamespace(
            INamespaceSymbol @namespace,
            INamedTypeSymbol featureFlags,
            INamedTypeSymbol baseline,
            List<FlagDeclaration> declarations,
            List<FlagDeclarationProblem> problems,
            CancellationToken cancellationToken)
        {
            foreach (INamespaceOrTypeSymbol member in @namespace.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamespaceSymbol nested)
                {
                    ReadNamespace(nested, featureFlags, baseline, declarations, problems, cancellationToken);
                }
                else if (member is INamedTypeSymbol type)
                {
                    ReadType(type, featureFlags, baseline, declarations, problems);
                }
            }
        }

        private static void ReadType(
            INamedTypeSymbol type,
            INamedTypeSymbol featureFlags,
            INamedTypeSymbol baseline,
            List<FlagDeclaration> declarations,
            List<FlagDeclarationProblem> problems)
        {
            if (type.TypeKind == TypeKind.Class && FlagReaderSymbols.HasAttribute(type, featureFlags))
            {
                ReadFeatureFlagsClass(type, baseline, declarations, problems);
            }

            foreach (INamedTypeSymbol nested in type.GetTypeMembers())
            {
                ReadType(nested, featureFlags, baseline, declarations, problems);
            }
        }

        private static void ReadNamedArguments(AttributeData attribute, out int rollout, out ImmutableArray<string> variants)
        {
            rollout = 0;
            variants = ImmutableArray<string>.Empty;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == "RolloutPercentage" && argument.Value.Value is int percentage)
                {
                    rollout = percentage;
                }
                else if (argument.Key == "Variants" && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                {
                    ImmutableArray<string>.Builder names = ImmutableArray.CreateBuilder<string>();
                    foreach (TypedConstant value in argument.Value.Values)
                    {
                        if (value.Value is string name && name.Length > 0)
                        {
                            names.Add(name);
                        }
                    }

                    variants = names.ToImmutable();
                }
            }
        }

        private static bool Validate(string? key, bool enabled, int rollout, Location location, List<FlagDeclarationProblem>? problems)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                problems?.Add(FlagDeclarationProblem.Malformed(location, "A flag baseline needs a non-empty flag key"));
                return false;
            }

            if (rollout < 0 || rollout > 100)
            {
                problems?.Add(FlagDeclarationProblem.Malformed(
                    location, $"RolloutPercentage of flag '{key}' must be between 0 and 100"));
                return false;
            }

            if (!enabled && rollout > 0)
            {
                problems?.Add(FlagDeclarationProblem.Malformed(
                    location, $"Flag '{key}' is declared off with a RolloutPercentage; a percentage rollout is declared as enabled: true"));
                return false;
            }

            return true;
        }
    }
}
