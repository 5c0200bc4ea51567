namespace ParityKit.CpuSplit;

/// <summary>One frame of a sampled call stack: the symbol and the object it was found in.</summary>
internal readonly record struct Frame(string Symbol, string Object);

/// <summary>
/// Reads <c>perf script -F comm,tid,ip,sym,dso</c> output: a header line per sample, then one indented line per frame,
/// innermost first (<c>address symbol (object)</c>), then a blank line.
/// </summary>
internal static class PerfScript
{
    public static IEnumerable<IReadOnlyList<Frame>> Samples(TextReader reader)
    {
        List<Frame>? stack = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (stack != null)
                {
                    yield return stack;
                }

                stack = null;
            }
            else if (line[0] is not ('\t' or ' '))
            {
                if (stack != null)
                {
                    yield return stack;
                }

                stack = [];
            }
            else if (stack != null && TryParseFrame(line) is { } frame)
            {
                stack.Add(frame);
            }
        }

        if (stack != null)
        {
            yield return stack;
        }
    }

    private static Frame? TryParseFrame(string line)
    {
        string text = line.Trim();
        int space = text.IndexOf(' ');
        int open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (space < 0 || open <= space || !text.EndsWith(')'))
        {
            return null;
        }

        return new Frame(text[(space + 1)..open], text[(open + 2)..^1]);
    }
}
