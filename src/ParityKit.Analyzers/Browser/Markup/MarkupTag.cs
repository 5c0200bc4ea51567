using System;
using System.Collections.Generic;

namespace ParityKit.Analyzers.Browser.Markup
{
    /// <summary>An attribute as written: its name, and its value with where the value's text starts (inside the quotes).</summary>
    internal sealed class MarkupAttribute
    {
        public MarkupAttribute(string name, string? value, int valueStart)
        {
            Name = name;
            Value = value;
            ValueStart = valueStart;
        }

        public string Name { get; }

        /// <summary>The value's raw text (no entity decoding); <see langword="null"/> for an attribute without one.</summary>
        public string? Value { get; }

        public int ValueStart { get; }
    }

    /// <summary>
    /// A start or end tag found by <see cref="MarkupScanner"/>. For <c>script</c> elements <see cref="BodyStart"/> and
    /// <see cref="BodyEnd"/> delimit the raw script text up to <c>&lt;/script</c> (or the end of the file).
    /// </summary>
    internal sealed class MarkupTag
    {
        public MarkupTag(string name, int start, bool isEnd, IReadOnlyList<MarkupAttribute> attributes, int bodyStart, int bodyEnd)
        {
            Name = name;
            Start = start;
            IsEnd = isEnd;
            Attributes = attributes;
            BodyStart = bodyStart;
            BodyEnd = bodyEnd;
        }

        /// <summary>The tag name as written.</summary>
        public string Name { get; }

        /// <summary>Where the tag's '&lt;' is.</summary>
        public int Start { get; }

        /// <summary>Whether this is an end tag (<c>&lt;/environment&gt;</c>).</summary>
        public bool IsEnd { get; }

        public IReadOnlyList<MarkupAttribute> Attributes { get; }

        public int BodyStart { get; }

        public int BodyEnd { get; }

        public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

        /// <summary>The last attribute of that name (compared case-insensitively, as HTML does), or <see langword="null"/>.</summary>
        public MarkupAttribute? Attribute(string name)
        {
            for (int i = Attributes.Count - 1; i >= 0; i--)
            {
                if (string.Equals(Attributes[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return Attributes[i];
                }
            }

            return null;
        }
    }
}
