using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>The EF Core database provider a project uses, from the assemblies it references.</summary>
    internal static class ProviderDetector
    {
        private static readonly string[] KnownProviders =
        {
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Microsoft.EntityFrameworkCore.SqlServer",
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            "Pomelo.EntityFrameworkCore.MySql",
            "MySql.EntityFrameworkCore",
            "Oracle.EntityFrameworkCore",
            "FirebirdSql.EntityFrameworkCore.Firebird",
        };

        /// <summary>The one relational provider referenced; null when there is none or more than one (ParityKit does not guess).</summary>
        public static string? Detect(IEnumerable<AssemblyIdentity> references)
        {
            string? found = null;
            foreach (AssemblyIdentity reference in references)
            {
                foreach (string provider in KnownProviders)
                {
                    if (string.Equals(reference.Name, provider, StringComparison.Ordinal))
                    {
                        if (found != null && found != provider)
                        {
                            return null;
                        }

                        found = provider;
                    }
                }
            }

            return found;
        }
    }
}
