using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// The keys the configuration binder reads for a type: each bindable property is <c>Section:Property</c>; a property
    /// of a complex type adds its own properties under it, a collection or dictionary reads the whole subsection. Bounded
    /// by depth and key count, and a type that contains itself is read as a subsection instead of recursing.
    /// </summary>
    internal static class BindableKeys
    {
        private const int MaxDepth = 8;
        private const int MaxKeys = 256;

        /// <summary>
        /// Adds the keys binding <paramref name="type"/> at <paramref name="section"/> reads. <paramref name="makeKey"/>
        /// turns a key into a read (a key, or a pattern when the section is only partly known).
        /// </summary>
        public static void Expand(ITypeSymbol type, string section, System.Func<string, bool, ReadKey> makeKey, ImmutableArray<ReadKey>.Builder keys)
        {
            var visiting = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            if (IsScalar(Unwrap(type)))
            {
                // Get<string>() on a section reads the section's own value.
                keys.Add(makeKey(section, false));
            }
            else if (!IsComplex(type) || !ExpandComplex(type, section, makeKey, keys, visiting, depth: 0))
            {
                keys.Add(makeKey(section, true));
            }
        }

        private static bool ExpandComplex(
            ITypeSymbol type,
            string section,
            System.Func<string, bool, ReadKey> makeKey,
            ImmutableArray<ReadKey>.Builder keys,
            HashSet<ITypeSymbol> visiting,
            int depth)
        {
            if (depth >= MaxDepth || !visiting.Add(type))
            {
                return false;
            }

            var seen = new HashSet<string>();
            for (ITypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (keys.Count >= MaxKeys)
                    {
                        break;
                    }

                    if (member is not IPropertySymbol property || !IsBindable(property) || !seen.Add(property.Name))
                    {
                        continue;
                    }

                    string key = ConfigurationKey.Combine(section, KeyName(property));
                    ITypeSymbol propertyType = Unwrap(property.Type);
                    if (IsScalar(propertyType))
                    {
                        keys.Add(makeKey(key, false));
                    }
                    else if (!IsComplex(propertyType) || !ExpandComplex(propertyType, key, makeKey, keys, visiting, depth + 1))
                    {
                        // Collections, dictionaries, interfaces, cycles and very deep types: the whole subsection.
                        keys.Add(makeKey(key, true));
                    }
                }
            }

            visiting.Remove(type);
            return true;
        }

        /// <summary>
        /// Public instance properties the binder sets: a public setter (or init), or a complex value it binds into in
        /// place. Indexers and static properties are never bound.
        /// </summary>
        private static bool IsBindable(IPropertySymbol property) =>
            !property.IsStatic
            && !property.IsIndexer
            && property.DeclaredAccessibility == Accessibility.Public
            && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }
            && (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } || !IsScalar(Unwrap(property.Type)));

        /// <summary>The name from <c>[ConfigurationKeyName("...")]</c>, else the property's name.</summary>
        private static string KeyName(IPropertySymbol property)
        {
            foreach (AttributeData attribute in property.GetAttributes())
            {
                if (TypeNames.Is(attribute.AttributeClass, TypeNames.Configuration, "ConfigurationKeyNameAttribute")
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string name
                    && name.Length > 0)
                {
                    return name;
                }
            }

            return property.Name;
        }

        private static ITypeSymbol Unwrap(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        /// <summary>Types the binder converts from one string: primitives, enums and the usual value types.</summary>
        private static bool IsScalar(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_String:
                case SpecialType.System_DateTime:
                case SpecialType.System_Object:
                    return true;
            }

            return type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
                && type.Name is "Guid" or "TimeSpan" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "Uri" or "Version"
                    or "Half" or "Int128" or "UInt128" or "IntPtr" or "UIntPtr";
        }

        /// <summary>A class or struct whose properties the binder fills in one by one (not a collection, not abstract).</summary>
        private static bool IsComplex(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || IsScalar(type) || named.IsAbstract
                || (named.TypeKind != TypeKind.Class && named.TypeKind != TypeKind.Struct))
            {
                return false;
            }

            foreach (INamedTypeSymbol implemented in named.AllInterfaces)
            {
                if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
