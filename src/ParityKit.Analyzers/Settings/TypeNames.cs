using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>
    /// Recognises framework types by namespace and name, without resolving them in the compilation: the same check works
    /// in analyzers and in the generator's per-node transform, and costs a few string comparisons.
    /// </summary>
    internal static class TypeNames
    {
        public const string Configuration = "Microsoft.Extensions.Configuration";
        public const string DependencyInjection = "Microsoft.Extensions.DependencyInjection";

        public static bool Is(ITypeSymbol? type, string containingNamespace, string name) =>
            type != null && type.Name == name && IsNamespace(type.ContainingNamespace, containingNamespace);

        /// <summary>Whether <paramref name="type"/> is <c>IConfiguration</c> or implements it (sections, roots, ConfigurationManager).</summary>
        public static bool IsConfiguration(ITypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            if (Is(type, Configuration, "IConfiguration"))
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (Is(implemented, Configuration, "IConfiguration"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a value of <paramref name="type"/> is known to be a section rather than the configuration root.</summary>
        public static bool IsSection(ITypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            if (Is(type, Configuration, "IConfigurationSection"))
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (Is(implemented, Configuration, "IConfigurationSection"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNamespace(INamespaceSymbol? symbol, string dotted)
        {
            int end = dotted.Length;
            while (symbol != null && !symbol.IsGlobalNamespace)
            {
                int start = dotted.LastIndexOf('.', end - 1) + 1;
                if (end - start != symbol.Name.Length || string.CompareOrdinal(dotted, start, symbol.Name, 0, symbol.Name.Length) != 0)
                {
                    return false;
                }

                symbol = symbol.ContainingNamespace;
                end = start - 1;
                if (end < 0)
                {
                    return symbol == null || symbol.IsGlobalNamespace;
                }
            }

            return false;
        }
    }
}
