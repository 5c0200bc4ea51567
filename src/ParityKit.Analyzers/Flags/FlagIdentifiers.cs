using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>C# names for flag keys: <c>new-checkout</c> becomes <c>NewCheckout</c> (the code fix's constants, the typed manifest).</summary>
    internal static class FlagIdentifiers
    {
        public static string ToIdentifier(string key)
        {
            var builder = new StringBuilder(key.Length);
            bool upper = true;
            foreach (char c in key)
            {
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    builder.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            string name = builder.Length == 0 || char.IsDigit(builder[0]) ? "Flag" + builder : builder.ToString();
            return SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "Flag" + name;
        }
    }
}
