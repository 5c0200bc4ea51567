using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// EF Core types ParityKit recognises by name. The analyzer does not reference EF Core; a type matches when its
    /// namespace and name do, whichever EF Core version the app uses.
    /// </summary>
    internal static class EfNames
    {
        public const string MigrationAttribute = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";
        public const string DbContextAttribute = "Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute";

        private static readonly string[] MigrationsNamespace = { "Microsoft", "EntityFrameworkCore", "Migrations" };
        private static readonly string[] InfrastructureNamespace = { "Microsoft", "EntityFrameworkCore", "Infrastructure" };
        private static readonly string[] BuildersNamespace = { "Microsoft", "EntityFrameworkCore", "Metadata", "Builders" };

        public static bool IsMigrationBuilder(ITypeSymbol? type) => Is(type, MigrationsNamespace, "MigrationBuilder");

        public static bool IsEntityTypeBuilder(ITypeSymbol? type) => Is(type, BuildersNamespace, "EntityTypeBuilder");

        public static bool IsPropertyBuilder(ITypeSymbol? type) => Is(type, BuildersNamespace, "PropertyBuilder");

        /// <summary>Whether the type is (or derives from) EF Core's <c>Migration</c>.</summary>
        public static bool IsMigration(INamedTypeSymbol? type) => DerivesFrom(type, MigrationsNamespace, "Migration");

        /// <summary>Whether the type is (or derives from) EF Core's <c>ModelSnapshot</c>.</summary>
        public static bool IsModelSnapshot(INamedTypeSymbol? type) => DerivesFrom(type, InfrastructureNamespace, "ModelSnapshot");

        /// <summary>Whether the symbol sits inside a migration or a model snapshot (either may contain any SQL or mapping it likes).</summary>
        public static bool IsInsideMigrationCode(ISymbol? symbol)
        {
            for (INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type != null; type = type.ContainingType)
            {
                if (IsMigration(type) || IsModelSnapshot(type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The context type named by <c>[DbContext(typeof(X))]</c> on the type (any of its partial declarations).</summary>
        public static string? ContextOf(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (Is(attribute.AttributeClass, InfrastructureNamespace, "DbContextAttribute")
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is ITypeSymbol context)
                {
                    return FullName(context);
                }
            }

            return null;
        }

        /// <summary>A type's name as EF Core and the manifest write it: namespace-qualified, no <c>global::</c>.</summary>
        /// <summary>
        /// The name <see cref="FullName(ITypeSymbol)"/> gives the type declared by <paramref name="declaration"/>, from
        /// syntax: its namespaces and containing types, dot-separated, without type arguments.
        /// </summary>
        public static string FullName(TypeDeclarationSyntax declaration)
        {
            var parts = new System.Collections.Generic.List<string>();
            for (SyntaxNode? node = declaration; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax type:
                        parts.Add(type.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        break;
                }
            }

            parts.Reverse();
            return string.Join(".", parts);
        }

        public static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));

        private static bool DerivesFrom(INamedTypeSymbol? type, string[] ns, string name)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (Is(current, ns, name))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(ITypeSymbol? type, string[] ns, string name)
        {
            if (type == null || type.Name != name)
            {
                return false;
            }

            INamespaceSymbol? current = type.ContainingNamespace;
            for (int i = ns.Length - 1; i >= 0; i--)
            {
                if (current == null || current.Name != ns[i])
                {
                    return false;
                }

                current = current.ContainingNamespace;
            }

            return current != null && current.IsGlobalNamespace;
        }
    }
}
