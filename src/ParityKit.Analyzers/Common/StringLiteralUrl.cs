using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParityKit.Analyzers.Common
{
    /// <summary>
    /// Reads a C# string literal or interpolated string as an endpoint (<see cref="UrlText"/>), for the rules that look
    /// for hard-coded URLs. An interpolated string with holes counts only when its leading text names the whole host.
    /// </summary>
    internal static class StringLiteralUrl
    {
        public static bool TryRead(SyntaxNode node, [NotNullWhen(true)] out UrlText? url)
        {
            url = null;
            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    string text = literal.Token.ValueText;

                    // Cheap pre-filter: every host the rules look for has a dot.
                    return text.IndexOf('.') >= 0 && UrlText.TryParse(text, out url);

                case InterpolatedStringExpressionSyntax interpolated
                    when interpolated.Contents.Count > 0 && interpolated.Contents[0] is InterpolatedStringTextSyntax first:
                    string leading = first.TextToken.ValueText;
                    if (leading.IndexOf('.') < 0)
                    {
                        return false;
                    }

                    // With holes, only the leading text is known: it must start with the endpoint (and name its whole host).
                    return interpolated.Contents.Count == 1 ? UrlText.TryParse(leading, out url) : UrlText.TryParsePrefix(leading, out url);

                default:
                    return false;
            }
        }
    }
}
