using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParityKit.Workload;

namespace ParityKit.Tests.Reliability;

/// <summary>
/// Seeded inputs for the additional-file readers: broken JSON, binary garbage, empty and unreadable files, deep and huge
/// documents, Razor and JavaScript with unclosed tags, under the paths the readers look for and odd ones.
/// </summary>
internal static class AdditionalFileMutator
{
    private static readonly string[] JsonPaths =
    [
        "appsettings.json", "appsettings.Production.json", "appsettings.Staging.json", "appsettings.Development.json",
        "appsettings.QA.json", "appsettings..json", "appsettings.json.bak", "APPSETTINGS.PRODUCTION.JSON", "appsettings.production.json",
        "config/appsettings.Production.json", "/elsewhere/appsettings.Staging.json", "C:\\app\\appsettings.Production.json",
        "appsettings.Ünï.json", "appsettings. .json", "", "appsettings.Production.Staging.json", "appsettings", ".json",
    ];

    private static readonly string[] MarkupPaths =
    [
        "Pages/Index.cshtml", "Pages/Shared/_Layout.cshtml", "Components/App.razor", "Views/Home/Index.cshtml", "wwwroot/js/site.js",
        "wwwroot/sw.js", "wwwroot/index.html", "Pages/Odd Name ü.cshtml", "C:\\app\\Pages\\Win.cshtml", "x.razor.js",
    ];

    private static readonly string[] JsonNoise =
    [
        "{", "}", "[", "]", "\"", ":", ",", ",,", "//", "/*", "*/", "\0", "NaN", "Infinity", "-0", "1e999", "-1e-999", "\"\\ud800\"",
        "\"\\u00", "\\", "true", "null", "\"FeatureManagement\":", "\"EnabledFor\": [", "{\"Name\": \"Microsoft.Targeting\"", "\uFEFF",
        "\"DefaultRolloutPercentage\": 1e10", "\"k\": 1, \"k\": 2", "'single'", "\r", "\u2028",
    ];

    private static readonly string[] MarkupNoise =
    [
        "<script src=\"", "<script>", "</script", "<!--", "@{", "@(", "@*", "<", "</", "<script src='x' asp-append-version>", "\"",
        "localStorage.setItem(", "navigator.serviceWorker.register(", "`${", "/*", "<link href=\"~/", "@Assets[\"", "<script src=",
        "\0", "\uFEFF",
    ];

    /// <summary>One additional file; <paramref name="description"/> tells how it was made, for replay.</summary>
    public static AdditionalText Create(
        SplitMix64 random,
        IReadOnlyList<(string Path, string Text)> json,
        IReadOnlyList<(string Path, string Text)> markup,
        out string description)
    {
        string prefix = random.Chance(50) ? "/corpus/app/" : string.Empty;
        switch (random.Next(16))
        {
            case <= 5:
            {
                (string path, string text) = json[random.Next(json.Count)];
                string mutated = random.Chance(15) ? text : MutateText(text, random, JsonNoise);
                string target = random.Chance(60) ? JsonPaths[random.Next(JsonPaths.Length)] : path;
                description = $"json from {path} as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(mutated));
            }

            case <= 9:
            {
                (string path, string text) = markup[random.Next(markup.Count)];
                string target = random.Chance(40) ? MarkupPaths[random.Next(MarkupPaths.Length)] : path;
                description = $"markup from {path} as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(MutateText(text, random, MarkupNoise)));
            }

            case 10:
            {
                byte[] bytes = new byte[random.Next(0, 4096)];
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = (byte)random.Next(256);
                }

                string target = PickAny(random);
                description = $"{bytes.Length} random bytes as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(bytes, bytes.Length, encoding: random.Chance(50) ? Encoding.Latin1 : null));
            }

            case 11:
            {
                string target = PickAny(random);
                description = $"empty file as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(random.Chance(50) ? string.Empty : "\uFEFF \n\t"));
            }

            case 12:
            {
                string target = PickAny(random);
                description = $"unreadable file (null text) as '{prefix + target}'";
                return new CorpusText(prefix + target, null);
            }

            case 13:
            {
                int depth = random.Next(100, 20_000);
                string open = random.Chance(50) ? "[" : "{\"FeatureManagement\":";
                string text = "{\"FeatureManagement\": " + string.Concat(Enumerable.Repeat(open, depth)) + "true"
                    + (random.Chance(50) ? new string(open[0] == '[' ? ']' : '}', depth) : string.Empty) + "}";
                string target = JsonPaths[random.Next(4)];
                description = $"JSON nested {depth} deep as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(text));
            }

            case 14:
            {
                int flags = random.Next(200, 5_000);
                var text = new StringBuilder("{\n  \"FeatureManagement\": {\n");
                for (int i = 0; i < flags; i++)
                {
                    text.Append("    \"flag-").Append(i).Append("\": ").Append(i % 3 == 0 ? "true" : "false").Append(i + 1 < flags ? ",\n" : "\n");
                }

                text.Append("  }\n}\n");
                string target = JsonPaths[random.Next(4)];
                description = $"JSON with {flags} flags as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(text.ToString()));
            }

            default:
            {
                (string path, string text) = json[random.Next(json.Count)];
                byte[] utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
                string target = JsonPaths[random.Next(4)];
                description = $"UTF-16 JSON from {path} as '{prefix + target}'";
                return new CorpusText(prefix + target, SourceText.From(utf16, utf16.Length, encoding: null, canBeEmbedded: false));
            }
        }
    }

    private static string PickAny(SplitMix64 random) =>
        random.Chance(50) ? JsonPaths[random.Next(JsonPaths.Length)] : MarkupPaths[random.Next(MarkupPaths.Length)];

    private static string MutateText(string text, SplitMix64 random, string[] noise)
    {
        var builder = new StringBuilder(text);
        for (int i = 0, n = 1 + random.Next(4); i < n; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    builder.Length = random.Next(builder.Length + 1);
                    break;
                case 1 when builder.Length > 0:
                    int start = random.Next(builder.Length);
                    builder.Remove(start, Math.Min(builder.Length - start, 1 + random.Next(40)));
                    break;
                case 2 when builder.Length > 0:
                    int from = random.Next(builder.Length);
                    string span = builder.ToString(from, Math.Min(builder.Length - from, 1 + random.Next(300)));
                    builder.Insert(random.Next(builder.Length + 1), span);
                    break;
                default:
                    builder.Insert(random.Next(builder.Length + 1), noise[random.Next(noise.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
