using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>
    /// The catalog's reader types resolved in one compilation, and a cached answer to "does this method read a flag,
    /// and which parameters hold the key and the default?". Build once per compilation; thread-safe.
    /// </summary>
    internal sealed class FlagReaderSymbols
    {
        private static readonly ConditionalWeakTable<Compilation, FlagReaderSymbols> PerCompilation = new();
        private static readonly ConditionalWeakTable<Compilation, FlagReaderSymbols>.CreateValueCallback CreateCallback = Create;

        private readonly ImmutableArray<(INamedTypeSymbol Type, FlagReaderDefinition Definition)> _readerTypes;
        private readonly INamedTypeSymbol? _flagKeyAttribute;
        private readonly ConcurrentDictionary<IMethodSymbol, FlagReaderMethod?> _methods = new(SymbolEqualityComparer.Default);
        private readonly System.Func<IMethodSymbol, FlagReaderMethod?> _compute;

        private FlagReaderSymbols(
            ImmutableArray<(INamedTypeSymbol, FlagReaderDefinition)> readerTypes,
            INamedTypeSymbol? flagKeyAttribute,
            INamedTypeSymbol? featureGateAttribute,
            INamedTypeSymbol? requirementType,
            INamedTypeSymbol? baselineAttribute)
        {
            _readerTypes = readerTypes;
            _flagKeyAttribute = flagKeyAttribute;
            FeatureGateAttribute = featureGateAttribute;
            RequirementType = requirementType;
            BaselineAttribute = baselineAttribute;
            _compute = Compute;
        }

        public INamedTypeSymbol? FeatureGateAttribute { get; }

        public INamedTypeSymbol? RequirementType { get; }

        public INamedTypeSymbol? BaselineAttribute { get; }

        /// <summary>Whether anything in this compilation can read a flag at all (a reader type or the [FlagKey] attribute is referenced).</summary>
        public bool HasAnyReader => !_readerTypes.IsEmpty || _flagKeyAttribute != null || FeatureGateAttribute != null;

        /// <summary>The reader symbols of <paramref name="compilation"/>, resolved once and shared (analyzers, generator steps).</summary>
        public static FlagReaderSymbols For(Compilation compilation) => PerCompilation.GetValue(compilation, CreateCallback);

        private static FlagReaderSymbols Create(Compilation compilation)
        {
            var types = ImmutableArray.CreateBuilder<(INamedTypeSymbol, FlagReaderDefinition)>();
            foreach (FlagReaderDefinition reader in FlagReaderCatalog.Readers)
            {
                if (compilation.GetTypeByMetadataName(reader.TypeMetadataName) is { } type)
                {
                    types.Add((type, reader));
                }
            }

            return new FlagReaderSymbols(
                types.ToImmutable(),
                compilation.GetTypeByMetadataName(MetadataNames.FlagKeyAttribute),
                compilation.GetTypeByMetadataName(FlagReaderCatalog.FeatureGateAttribute),
                compilation.GetTypeByMetadataName(FlagReaderCatalog.RequirementType),
                compilation.GetTypeByMetadataName(MetadataNames.BaselineAttribute));
        }

        /// <summary>Whether <paramref name="method"/> reads a flag; <c>null</c> when it does not.</summary>
        public FlagReaderMethod? Match(IMethodSymbol method)
        {
            IMethodSymbol definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return _methods.GetOrAdd(definition, _compute);
        }

        /// <summary>
        /// The catalog reader whose method <paramref name="name"/> is called on a receiver of type <paramref name="receiver"/>
        /// (an interface reader the receiver is or implements), without resolving the call: the generator's shortcut.
        /// </summary>
        public FlagReaderDefinition? ReaderCalledOn(ITypeSymbol receiver, string name)
        {
            if (receiver is not INamedTypeSymbol named)
            {
                return null;
            }

            foreach ((INamedTypeSymbol type, FlagReaderDefinition reader) in _readerTypes)
            {
                if (type.TypeKind == TypeKind.Interface && reader.IsReaderMethod(name) && IsOrImplements(named, type))
                {
                    return reader;
                }
            }

            return null;
        }

        /// <summary>Whether the compilation has the catalog reader type <paramref name="metadataName"/>.</summary>
        public bool HasReaderType(string metadataName)
        {
            foreach ((INamedTypeSymbol _, FlagReaderDefinition reader) in _readerTypes)
            {
                if (reader.TypeMetadataName == metadataName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="parameter"/> is the key parameter of a <c>[FlagKey]</c> reader.</summary>
        public bool IsFlagKeyParameter(IParameterSymbol parameter) =>
            _flagKeyAttribute != null && parameter.ContainingSymbol is IMethodSymbol method
            && Match(method) is { Vendor: FlagReaderMethod.CustomVendor } reader && reader.KeyOrdinal == parameter.Ordinal;

        private FlagReaderMethod? Compute(IMethodSymbol method)
        {
            if (!HasStringParameter(method))
            {
                return null;
            }

            if (!_readerTypes.IsEmpty && method.ContainingType is { } containingType)
            {
                foreach ((INamedTypeSymbol type, FlagReaderDefinition reader) in _readerTypes)
                {
                    if (reader.IsReaderMethod(method.Name) && IsOrImplements(containingType, type)
                        && FindParameter(method, reader.KeyParameter) is { } key && IsKeyType(key.Type))
                    {
                        return new FlagReaderMethod(reader.Vendor, key.Ordinal, FindParameter(method, reader.DefaultParameter)?.Ordinal ?? -1);
                    }
                }
            }

            return _flagKeyAttribute is null ? null : MatchCustomReader(method);
        }

        private FlagReaderMethod? MatchCustomReader(IMethodSymbol method)
        {
            // The attribute sits on the declaration the app wrote: the method itself, the member it overrides, or the
            // interface member it implements.
            foreach (IMethodSymbol candidate in SelfAndDeclaringMembers(method))
            {
                foreach (IParameterSymbol parameter in candidate.Parameters)
                {
                    if (parameter.Type.SpecialType == SpecialType.System_String && HasAttribute(parameter, _flagKeyAttribute!))
                    {
                        IParameterSymbol? defaultParameter = null;
                        foreach (string name in FlagReaderCatalog.CustomDefaultParameters)
                        {
                            defaultParameter ??= FindParameter(method, name);
                        }

                        return new FlagReaderMethod(FlagReaderMethod.CustomVendor, parameter.Ordinal, defaultParameter?.Ordinal ?? -1);
                    }
                }
            }

            return null;
        }

        private static IEnumerable<IMethodSymbol> SelfAndDeclaringMembers(IMethodSymbol method)
        {
            yield return method;
            for (IMethodSymbol? overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                yield return overridden;
            }

            foreach (IMethodSymbol explicitImplementation in method.ExplicitInterfaceImplementations)
            {
                yield return explicitImplementation;
            }

            if (method.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct } type && method.DeclaredAccessibility == Accessibility.Public)
            {
                foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                {
                    foreach (ISymbol member in @interface.GetMembers(method.Name))
                    {
                        if (member is IMethodSymbol interfaceMethod
                            && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMethod), method))
                        {
                            yield return interfaceMethod;
                        }
                    }
                }
            }
        }

        private static bool IsOrImplements(INamedTypeSymbol type, INamedTypeSymbol reader)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, reader))
            {
                return true;
            }

            if (reader.TypeKind != TypeKind.Interface)
            {
                return false;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, reader))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasStringParameter(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (IsKeyType(parameter.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A key parameter is a string, or a <c>params string[]</c> of keys (<c>WithFeatureGate</c>).</summary>
        private static bool IsKeyType(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String
            || (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });

        private static IParameterSymbol? FindParameter(IMethodSymbol method, string? name)
        {
            if (name is null)
            {
                return null;
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }

            return null;
        }

        public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
        {
            foreach (AttributeData data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A method that reads a flag: which vendor, and the ordinals of the parameters that hold the key and the call-site default.</summary>
    internal sealed class FlagReaderMethod
    {
        public const string CustomVendor = "custom";

        public FlagReaderMethod(string vendor, int keyOrdinal, int defaultOrdinal)
        {
            Vendor = vendor;
            KeyOrdinal = keyOrdinal;
            DefaultOrdinal = defaultOrdinal;
        }

        public string Vendor { get; }

        /// <summary>The ordinal of the key parameter (of the method as declared, extension methods unreduced).</summary>
        public int KeyOrdinal { get; }

        /// <summary>The ordinal of the call-site default parameter, or -1.</summary>
        public int DefaultOrdinal { get; }
    }
}
