using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParityKit.Analyzers.DataShape.Sinks
{
    /// <summary>
    /// The calls that send SQL text to a database, recognised by metadata name (no package reference needed): EF Core's
    /// raw SQL APIs, Dapper's extension methods and <c>CommandDefinition</c>, and ADO.NET's <c>CommandText</c> and
    /// command constructors (any <c>DbCommand</c>/<c>IDbCommand</c>, so SqlCommand, NpgsqlCommand, SqliteCommand...).
    /// </summary>
    internal static class SqlSinks
    {
        private static readonly HashSet<string> EfQueryableMethods = new(StringComparer.Ordinal)
        {
            "FromSqlRaw", "FromSql", "FromSqlInterpolated",
        };

        private static readonly HashSet<string> EfDatabaseMethods = new(StringComparer.Ordinal)
        {
            "SqlQueryRaw", "SqlQuery", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSql", "ExecuteSqlAsync",
            "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync",
        };

        /// <summary>The SQL argument of a sink call, or null when the call is no sink.</summary>
        public static IOperation? SqlArgument(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            INamedTypeSymbol type = method.ContainingType;
            bool sink = type.Name switch
            {
                "RelationalQueryableExtensions" => EfQueryableMethods.Contains(method.Name) && InNamespace(type, "Microsoft", "EntityFrameworkCore"),
                "RelationalDatabaseFacadeExtensions" => EfDatabaseMethods.Contains(method.Name) && InNamespace(type, "Microsoft", "EntityFrameworkCore"),
                "SqlMapper" => (method.Name.StartsWith("Query", StringComparison.Ordinal) || method.Name.StartsWith("Execute", StringComparison.Ordinal))
                    && InNamespace(type, "Dapper"),
                _ => false,
            };

            return sink ? Argument(invocation.Arguments, "sql") : null;
        }

        /// <summary>The command text of <c>new SqlCommand("...", connection)</c> or Dapper's <c>new CommandDefinition("...")</c>.</summary>
        public static IOperation? SqlArgument(IObjectCreationOperation creation)
        {
            if (creation.Constructor?.ContainingType is not { } type)
            {
                return null;
            }

            if (type.Name == "CommandDefinition" && InNamespace(type, "Dapper"))
            {
                return Argument(creation.Arguments, "commandText");
            }

            return IsCommand(type) ? Argument(creation.Arguments, "commandText") ?? Argument(creation.Arguments, "cmdText") : null;
        }

        /// <summary>The value assigned in <c>command.CommandText = "..."</c> (object initializers included).</summary>
        public static IOperation? SqlArgument(ISimpleAssignmentOperation assignment) =>
            assignment.Target is IPropertyReferenceOperation { Property: { Name: "CommandText" } property }
            && (IsCommand(property.ContainingType) || IsBatchCommand(property.ContainingType))
                ? assignment.Value
                : null;

        private static IOperation? Argument(IEnumerable<IArgumentOperation> arguments, string parameter)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsCommand(INamedTypeSymbol? type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name == "DbCommand" && InNamespace(current, "System", "Data", "Common"))
                {
                    return true;
                }
            }

            if (type == null)
            {
                return false;
            }

            if (type.Name == "IDbCommand" && InNamespace(type, "System", "Data"))
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (implemented.Name == "IDbCommand" && InNamespace(implemented, "System", "Data"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBatchCommand(INamedTypeSymbol? type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name == "DbBatchCommand" && InNamespace(current, "System", "Data", "Common"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InNamespace(INamedTypeSymbol type, params string[] parts)
        {
            INamespaceSymbol? ns = type.ContainingNamespace;
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                if (ns == null || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns != null && ns.IsGlobalNamespace;
        }
    }
}
