using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ParityKit.Analyzers.Manifest
{
    /// <summary>C# names for generated code, derived from configuration keys, API names and MSBuild properties.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// The namespace of the generated class: <c>RootNamespace</c>, or else the assembly name, made valid
        /// (<c>My-App.2024</c> → <c>My_App._2024</c>).
        /// </summary>
        public static string ToNamespace(string? rootNamespace, string assemblyName)
        {
            string source = string.IsNullOrWhiteSpace(rootNamespace) ? assemblyName : rootNamespace!.Trim();
            if (source.Length == 0)
            {
                return "ParityKitGenerated";
            }

            var parts = new List<string>();
            foreach (string part in source.Split('.'))
            {
                var name = new StringBuilder(part.Length + 1);
                foreach (char c in part)
                {
                    name.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }

                parts.Add(Escape(name.ToString()));
            }

            return string.Join(".", parts);
        }

        /// <summary>
        /// One class name per key, in the given order: the key's words in PascalCase (<c>Checkout:Currency</c> →
        /// <c>CheckoutCurrency</c>), with a numeric suffix when the name is reserved in its container or already taken,
        /// so any set of keys compiles.
        /// </summary>
        public static string[] ToUniqueMemberNames(IReadOnlyList<string> keys, IEnumerable<string> reserved)
        {
            var taken = new HashSet<string>(reserved);
            string[] names = new string[keys.Count];
            for (int i = 0; i < keys.Count; i++)
            {
                string name = ToMemberName(keys[i]);
                string unique = name;
                for (int suffix = 2; !taken.Add(unique); suffix++)
                {
                    unique = name + suffix.ToString(CultureInfo.InvariantCulture);
                }

                names[i] = unique;
            }

            return names;
        }

        /// <summary>The words of a key joined in PascalCase; <c>_</c> and every non-identifier character separate words.</summary>
        public static string ToMemberName(string key)
        {
            var name = new StringBuilder(key.Length + 1);
            bool startOfWord = true;
            foreach (char c in key)
            {
                if (c == '_' || !SyntaxFacts.IsIdentifierPartCharacter(c))
                {
                    startOfWord = true;
                    continue;
                }

                name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }

            return name.Length == 0 ? "Entry" : Escape(name.ToString());
        }

        // A leading digit gets an underscore; a reserved keyword gets '@' (PascalCase names never are one, RootNamespace parts can be).
        private static string Escape(string name)
        {
            if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            {
                name = "_" + name;
            }

            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }
    }
}
