using System.Text;

namespace ParityKit.Analyzers.Common
{
    /// <summary>Builds generated C# line by line with four-space indentation and <c>\n</c> newlines on every machine.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                _text.Append(' ', 4 * _indent).Append(text);
            }

            _text.Append('\n');
        }

        /// <summary>Starts an indented line without ending it, for a statement that continues with <see cref="Raw"/>.</summary>
        public void Start(string text) => _text.Append(' ', 4 * _indent).Append(text);

        /// <summary>Writes <paramref name="text"/> as is, for multi-line literals that must not be indented.</summary>
        public void Raw(string text) => _text.Append(text);

        public void OpenBlock(string header)
        {
            Line(header);
            Line("{");
            _indent++;
        }

        public void CloseBlock(string closing = "}")
        {
            _indent--;
            Line(closing);
        }

        public override string ToString() => _text.ToString();
    }
}
