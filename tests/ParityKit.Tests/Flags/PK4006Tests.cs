using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Flags.SeedCohortAnalyzer>;

namespace ParityKit.Tests.Flags;

/// <summary>
/// PK4006: every seed account on one side of a percentage rollout. Where each account lands (Microsoft.FeatureManagement's
/// assignment, proven in <see cref="TargetingAssignmentTests"/>): ada 46.6 / grace 78.8 / linus 73.3 for fast-search,
/// 54.9 / 71.2 / 47.6 for new-checkout, 58.7 / 66.3 / 44.2 for reco-v2.
/// </summary>
public class PK4006Tests
{
    private const string Accounts = """
        using System.Collections.Generic;
        using ParityKit;

        public class Account
        {
            public int Id { get; set; }
            [TargetingId] public string Email { get; set; } = "";
        }

        [SeedBaseline("default")]
        public static partial class DefaultSeed
        {
            public static IEnumerable<Account> Accounts() =>
            [
                new() { Id = 1, Email = "ada@example.test" },
                new() { Id = 2, Email = "grace@example.test" },
                new() { Id = 3, Email = "linus@example.test" },
            ];
        }
        """;

    [Fact]
    public Task Fires_at_the_baseline_when_all_accounts_fall_outside_or_all_inside()
    {
        var test = Verify.Create("""
            using ParityKit;

            [assembly: {|#1:FlagBaseline("reco-v2", true, RolloutPercentage = 90)|}]

            [FeatureFlags]
            public static class Flags
            {
                [Baseline(true, RolloutPercentage = 10)] public const string {|#0:FastSearch|} = "fast-search";
                [Baseline(true, RolloutPercentage = 50)] public const string NewCheckout = "new-checkout";
                [Baseline(false)] public const string ExpressPay = "express-pay";
                [Baseline(true)] public const string Everyone = "everyone";
            }
            """);
        test.TestState.Sources.Add(("/Seeds.cs", Accounts));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PK4006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("fast-search", "10", "0", "3", "default", "on"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PK4006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("reco-v2", "90", "3", "3", "default", "off"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_message_names_the_flag_the_percentage_and_how_many_accounts_fall_inside()
    {
        var test = Verify.Create("""
            using ParityKit;

            [FeatureFlags]
            public static class Flags
            {
                [Baseline(true, RolloutPercentage = 10)] public const string {|#0:FastSearch|} = "fast-search";
            }
            """);
        test.TestState.Sources.Add(("/Seeds.cs", Accounts));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PK4006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithMessage("Flag 'fast-search' rolls out to 10% of users, but 0 of the 3 seed accounts of seed baseline 'default' fall inside it: the on path is never exercised before production"));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_fire_without_targeting_ids_or_when_the_cohort_covers_both_sides()
    {
        var test = Verify.Create("""
            using System.Collections.Generic;
            using ParityKit;

            [FeatureFlags]
            public static class Flags
            {
                [Baseline(true, RolloutPercentage = 50)] public const string NewCheckout = "new-checkout";
                [Baseline(true, RolloutPercentage = 50)] public const string FastSearch = "fast-search";
            }

            public class Device { public int Id { get; set; } public string Name { get; set; } = ""; }

            // No [TargetingId] member: not a cohort of accounts.
            [SeedBaseline("devices")]
            public static partial class DeviceSeed
            {
                public static IEnumerable<Device> Devices() => [new() { Id = 1, Name = "ada@example.test" }];
            }

            // Not a seed baseline.
            public static class Fakes
            {
                public static IEnumerable<Account> Accounts() => [new() { Id = 9, Email = "ada@example.test" }];
            }
            """);
        test.TestState.Sources.Add(("/Seeds.cs", Accounts.Replace("""new() { Id = 3, Email = "linus@example.test" },""", """new() { Id = 3, Email = "linus@example.test" }, new() { Id = 4, Email = "alan@example.test" },""")));
        return test.RunAsync();
    }

    [Fact]
    public Task Does_not_throw_on_odd_seeds() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using ParityKit;

        [FeatureFlags]
        public static class Flags
        {
            [Baseline(true, RolloutPercentage = 10)] public const string FastSearch = "fast-search";
        }

        public class Account { public int Id { get; set; } [TargetingId] public string Email { get; set; } = ""; [TargetingId] public string? Other; }

        [SeedBaseline(null!)]
        public static partial class NoName { public static IEnumerable<Account> A() => [new() { Email = "x" }]; }

        [SeedBaseline("odd")]
        public partial class Odd
        {
            public static IEnumerable<Account> Computed() { var list = new List<Account>(); return list; }
            public static IEnumerable<Account> Mixed() => [new() { Id = 1, Email = System.Environment.UserName }, .. Computed()];
            public static IEnumerable<Account> WithNull() => [new() { Id = 2, Email = null! }];
            public static IEnumerable<int> Numbers() => [1, 2];
            public static IEnumerable<Account> Generic<T>() => [];
        }
        """);
}
