using System;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>How a diagnostic names a fallback value without ever repeating one that could be a credential.</summary>
    internal static class FallbackText
    {
        private const int MaxQuotedLength = 60;

        public static string Describe(object? value, bool quoteAllowed)
        {
            switch (value)
            {
                case string text when quoteAllowed && IsSafeToQuote(text):
                    return SymbolDisplay.FormatLiteral(text, quote: true);
                case string:
                    return "a literal value";
                case bool flag:
                    return flag ? "true" : "false";
                case IFormattable number:
                    return number.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return "a literal value";
            }
        }

        /// <summary>Short, and with none of the marks of a credential (vendor key, password, key material, connection string).</summary>
        public static bool IsSafeToQuote(string text) =>
            text.Length <= MaxQuotedLength
            && SecretValueDetector.FindValueInsteadOfLocation(text) == null
            && ThirdPartyApis.VendorKeyScanner.Embedded.Find(text).IsEmpty
            && !ConnectionStringText.LooksLikeConnectionString(text);
    }
}
