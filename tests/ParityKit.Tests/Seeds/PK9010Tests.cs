using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Seeds.SeedBaselineAnalyzer>;

namespace ParityKit.Tests.Seeds;

/// <summary>PK9010: a seed baseline ParityKit cannot complete or export, with what to change.</summary>
public class PK9010Tests
{
    [Fact]
    public Task Fires_on_non_constant_values_unsupported_row_methods_bad_names_and_non_partial_classes() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using ParityKit;

        public class Account { public int Id { get; set; } public string Email { get; set; } = ""; public DateTime Joined { get; set; } }

        [SeedBaseline("default")]
        public static partial class DefaultSeed
        {
            public static IEnumerable<Account> Accounts() =>
            [
                new() { Id = 1, Email = "ada@example.test", Joined = {|PK9010:DateTime.UtcNow|} },
                new() { Id = 2, Email = {|PK9010:Environment.UserName|} },
                {|PK9010:Make(3)|},
            ];

            public static IEnumerable<Account> {|PK9010:Loop|}()
            {
                var rows = new List<Account>();
                rows.Add(new Account { Id = 4 });
                return rows;
            }

            public static IEnumerable<Account> Built() => {|PK9010:Accounts()|};

            private static Account Make(int id) => new() { Id = id };
        }

        [{|PK9010:SeedBaseline("no spaces/please")|}]
        public static partial class BadName { }

        [SeedBaseline("not-partial")]
        public static class {|PK9010:NotPartial|} { }
        """);

    [Fact]
    public Task Does_not_fire_on_constant_rows_in_every_supported_shape() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using ParityKit;

        public enum Tier { Free, Pro }

        public class Account
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string? Note { get; set; }
            public Tier Tier { get; set; }
            public decimal Credit { get; set; }
            public bool Active { get; set; }
            public List<Account> Friends { get; set; } = new();
        }

        [SeedBaseline("default")]
        public static partial class DefaultSeed
        {
            private const string Domain = "@example.test";

            public static IEnumerable<Account> Accounts() =>
            [
                new() { Id = 1, Email = "ada" + Domain, Tier = Tier.Pro, Credit = 12.5m, Active = true, Friends = [] },
                new() { Id = 2, Email = "grace@example.test", Note = null, Friends = new() },
            ];

            public static Account[] More() => new[] { new Account { Id = 3, Email = "linus@example.test" } };

            public static List<Account> Listed() { return new List<Account> { new() { Id = 4, Email = "alan@example.test" } }; }

            public static string Describe() => "not a row method";
        }
        """);
}
