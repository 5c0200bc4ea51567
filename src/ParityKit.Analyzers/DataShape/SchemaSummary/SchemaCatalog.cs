using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ParityKit.Analyzers.DataShape.Schema;

namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>
    /// Every schema a compilation can see: its own (the summary the generator added to this compilation) and those
    /// embedded in referenced assemblies. A referenced assembly's summary is read once and cached for as long as its
    /// assembly symbol lives, which the IDE shares between compilations.
    /// </summary>
    internal static class SchemaCatalog
    {
        private static readonly ConditionalWeakTable<IAssemblySymbol, Holder> ReferenceCache = new();

        public static ImmutableArray<DatabaseSchema> Load(Compilation compilation)
        {
            ImmutableArray<DatabaseSchema> referenced = LoadReferenced(compilation);
            return Read(compilation.Assembly) is { } own ? referenced.Insert(0, own) : referenced;
        }

        /// <summary>The summaries embedded in referenced assemblies, in reference order.</summary>
        public static ImmutableArray<DatabaseSchema> LoadReferenced(Compilation compilation)
        {
            ImmutableArray<DatabaseSchema>.Builder schemas = ImmutableArray.CreateBuilder<DatabaseSchema>();
            foreach (IAssemblySymbol reference in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only an assembly built against EF Core can carry migrations; the framework's hundreds are skipped unread.
                if (!ReferencesEntityFramework(reference))
                {
                    continue;
                }

                DatabaseSchema? schema = ReferenceCache.GetValue(reference, static a => new Holder(Read(a))).Schema;
                if (schema != null)
                {
                    schemas.Add(schema);
                }
            }

            return schemas.ToImmutable();
        }

        /// <summary>The summary the generator added to this compilation, when the project holds migrations or a snapshot.</summary>
        public static DatabaseSchema? LoadOwn(Compilation compilation) => Read(compilation.Assembly);

        private static bool ReferencesEntityFramework(IAssemblySymbol assembly)
        {
            foreach (IModuleSymbol module in assembly.Modules)
            {
                foreach (AssemblyIdentity referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static DatabaseSchema? Read(IAssemblySymbol assembly)
        {
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" } type
                    && type.ContainingNamespace?.ToDisplayString() == "System.Reflection"
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string key
                    && key == SchemaSummaryFormat.MetadataKey)
                {
                    return SchemaSummaryFormat.Read(attribute.ConstructorArguments[1].Value as string);
                }
            }

            return null;
        }

        private sealed class Holder
        {
            public Holder(DatabaseSchema? schema)
            {
                Schema = schema;
            }

            public DatabaseSchema? Schema { get; }
        }
    }
}
