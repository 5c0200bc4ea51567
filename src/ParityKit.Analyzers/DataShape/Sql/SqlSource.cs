using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParityKit.Analyzers.DataShape.Sql
{
    /// <summary>A run of SQL text that came from one place in source: a literal (mapped per character) or a constant (not).</summary>
    internal sealed class SqlSourceSegment
    {
        public SqlSourceSegment(int sqlStart, int length, SyntaxTree tree, TextSpan span, int[]? starts, int[]? lengths)
        {
            SqlStart = sqlStart;
            Length = length;
            Tree = tree;
            Span = span;
            Starts = starts;
            Lengths = lengths;
        }

        public int SqlStart { get; }

        public int Length { get; }

        public SyntaxTree Tree { get; }

        /// <summary>The whole literal, constant or hole in source.</summary>
        public TextSpan Span { get; }

        public int[]? Starts { get; }

        public int[]? Lengths { get; }
    }

    /// <summary>SQL text assembled from C# (literals, constants, concatenations, interpolations) and where each part of it is written.</summary>
    internal sealed class SqlSource
    {
        public SqlSource(string text, ImmutableArray<SqlSourceSegment> segments, Location fallback)
        {
            Text = text;
            Segments = segments;
            Fallback = fallback;
        }

        public string Text { get; }

        public ImmutableArray<SqlSourceSegment> Segments { get; }

        /// <summary>The SQL argument itself, for text whose place in source is not known character by character.</summary>
        public Location Fallback { get; }

        /// <summary>
        /// Where SQL text [start, end) is written. <paramref name="exact"/> is true when the location covers exactly
        /// those characters (and a code fix may rewrite them); otherwise it is the literal or constant that holds them.
        /// </summary>
        public Location Locate(int start, int end, out bool exact)
        {
            exact = false;
            foreach (SqlSourceSegment segment in Segments)
            {
                if (start < segment.SqlStart || start >= segment.SqlStart + segment.Length)
                {
                    continue;
                }

                int from = start - segment.SqlStart;
                int to = end - segment.SqlStart;
                if (segment.Starts != null && segment.Lengths != null && to <= segment.Length && to > from)
                {
                    int spanStart = segment.Starts[from];
                    int spanEnd = segment.Starts[to - 1] + segment.Lengths[to - 1];
                    exact = true;
                    return Location.Create(segment.Tree, TextSpan.FromBounds(spanStart, spanEnd));
                }

                return Location.Create(segment.Tree, segment.Span);
            }

            return Fallback;
        }
    }
}
