using System.Text.Json;
using ParityKit.Tests.Flags;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.Manifest;

/// <summary>
/// The generator binds each flag and configuration read candidate on its own, out of its statement, and falls back to
/// binding it in place where that is not possible (conditional access, expression bodies, initializers, lambdas). Both
/// ways must find the same reads at the same lines: these cover each context, with calls spread over several lines.
/// </summary>
public class ReadSiteContextTests
{
    private const string Sources = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.FeatureManagement;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.FeatureManagement.AspNetCore;
        using ParityKit;

        namespace Storefront
        {
            [FeatureFlags]
            public static class ShopFlags
            {
                [Baseline(true)] public const string Fast = "fast";
            }

            public sealed class Reads
            {
                private readonly IFeatureManager _features;
                private readonly IConfiguration _configuration;
                private readonly string _initialized;

                public Reads(IFeatureManager features, IConfiguration configuration)
                {
                    _features = features;
                    _configuration = configuration;
                    _initialized = configuration["Shop:Initialized"] ?? "";
                }

                public string Bodied => _configuration["Shop:Bodied"] ?? "";

                public Task<bool> BodiedFlag() => _features.IsEnabledAsync("bodied-flag");

                public async Task<string> Run(IFeatureManager? maybe, IConfiguration? maybeConfiguration, IEndpointConventionBuilder endpoint)
                {
                    if (await _features.IsEnabledAsync(
                        ShopFlags.Fast))
                    {
                        var section = _configuration.GetSection("Shop");
                        string? inBlock = section["InBlock"];
                        return inBlock ?? "";
                    }

                    bool? conditional = maybe is null ? null : await maybe.IsEnabledAsync("conditional-flag");
                    bool? nullConditional = await (maybe?.IsEnabledAsync("null-conditional-flag") ?? Task.FromResult(false));
                    string? viaNullConditional = maybeConfiguration is null ? null : maybeConfiguration["Shop:NullConditional"];
                    string? elementBinding = maybeConfiguration?["Shop:ElementBinding"];
                    Func<Task<bool>> later = () => _features.IsEnabledAsync("lambda-flag");
                    Func<string?> lateSetting = () =>
                        _configuration.GetValue<string>(
                            "Shop:Lambda");
                    endpoint.WithFeatureGate(
                        "gate-a",
                        ShopFlags.Fast);
                    return $"{conditional}{nullConditional}{viaNullConditional}{elementBinding}{later}{lateSetting}";
                }

                public string Keys(int[] numbers) => _configuration[nameof(ShopFlags)] + numbers[0] + _configuration["Shop" + ":Joined"];

                public string? BindAll(Reads options)
                {
                    _configuration.GetSection("Bound").Bind(options);
                    return _configuration["Bound:Other"];
                }
            }

            public class Derived : Exception
            {
                public Derived(IConfiguration configuration) : base(configuration["Shop:Base"]) { }
            }
        }
        """;

    private static JsonElement Manifest()
    {
        ManifestRun run = ManifestRun.Of(new ManifestInput([("/repo/app/Reads.cs", Sources), ("/repo/app/Vendor/FeatureGate.cs", FlagTestSources.FeatureGate)])
        {
            ReferenceConfiguration = true,
            References = [FlagTestSources.FeatureManagement],
            ProjectDirectory = "/repo/app/",
        });
        Assert.Empty(run.CompilationProblems());
        return JsonDocument.Parse(run.Json!).RootElement;
    }

    private static Dictionary<string, string[]> ReadAt(JsonElement manifest, string section) =>
        manifest.GetProperty(section).EnumerateArray().ToDictionary(
            e => e.GetProperty("key").GetString()!,
            e => e.GetProperty("readAt").EnumerateArray().Select(s => s.GetString()!).ToArray());

    [Fact]
    public void Flag_reads_are_found_at_the_line_of_their_key_in_every_context()
    {
        Dictionary<string, string[]> flags = ReadAt(Manifest(), "featureFlags");

        Assert.Equal(["Reads.cs:37", "Reads.cs:54"], flags["fast"]);
        Assert.Equal(["Reads.cs:32"], flags["bodied-flag"]);
        Assert.Equal(["Reads.cs:44"], flags["conditional-flag"]);
        Assert.Equal(["Reads.cs:45"], flags["null-conditional-flag"]);
        Assert.Equal(["Reads.cs:48"], flags["lambda-flag"]);
        Assert.Equal(["Reads.cs:53"], flags["gate-a"]);
    }

    [Fact]
    public void Configuration_reads_are_found_at_their_line_in_every_context()
    {
        Dictionary<string, string[]> reads = ReadAt(Manifest(), "settings");

        // Line 39 is GetSection("Shop"): a section read counts as a read of every key under it.
        Assert.Equal(["Reads.cs:27", "Reads.cs:39"], reads["Shop:Initialized"]);
        Assert.Equal(["Reads.cs:30", "Reads.cs:39"], reads["Shop:Bodied"]);
        Assert.Equal(["Reads.cs:39", "Reads.cs:40"], reads["Shop:InBlock"]);
        Assert.Equal(["Reads.cs:39", "Reads.cs:46"], reads["Shop:NullConditional"]);
        Assert.Equal(["Reads.cs:39", "Reads.cs:47"], reads["Shop:ElementBinding"]);
        Assert.Equal(["Reads.cs:39", "Reads.cs:51"], reads["Shop:Lambda"]);
        Assert.Equal(["Reads.cs:39", "Reads.cs:58"], reads["Shop:Joined"]);
        Assert.Equal(["Reads.cs:58"], reads["ShopFlags"]);

        // A section bound to an object reads that object's properties, not every key under the section.
        Assert.Equal(["Reads.cs:63"], reads["Bound:Other"]);

        // A read in a constructor initializer is bound in place.
        Assert.Equal(["Reads.cs:39", "Reads.cs:69"], reads["Shop:Base"]);
    }

    [Fact]
    public void Writes_through_an_indexer_are_not_reads()
    {
        ManifestRun run = ManifestRun.Of(new ManifestInput([("/repo/app/Writes.cs", """
            using Microsoft.Extensions.Configuration;

            public sealed class Writes
            {
                public void M(IConfiguration configuration, IConfiguration? maybe)
                {
                    configuration["Shop:Written"] = "x";
                    maybe?["Shop:WrittenIfAny"] = "y";
                    _ = maybe?["Shop:Read"];
                }
            }
            """)])
        {
            ReferenceConfiguration = true,
            ProjectDirectory = "/repo/app/",
        });
        Assert.Empty(run.CompilationProblems());

        Dictionary<string, string[]> reads = ReadAt(JsonDocument.Parse(run.Json!).RootElement, "settings");

        Assert.Equal(["Writes.cs:9"], reads["Shop:Read"]);
        Assert.DoesNotContain("Shop:Written", reads.Keys);
        Assert.DoesNotContain("Shop:WrittenIfAny", reads.Keys);
    }
}
