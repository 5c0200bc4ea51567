using ParityKit.Analyzers.DataShape;
using ParityKit.CodeFixes.DataShape;
using Verifier = ParityKit.Tests.DataShape.Infrastructure.DataShapeCodeFixVerifier<ParityKit.Analyzers.DataShape.RawSqlSchemaAnalyzer, ParityKit.CodeFixes.DataShape.RenameInSqlCodeFix>;

namespace ParityKit.Tests.DataShape.CodeFixes;

/// <summary>The PK1001/PK1002 rename fix: only the name changes; quoting and every other byte stay.</summary>
public class RenameInSqlCodeFixTests
{
    private const string Usings = """
        using System.Linq;
        using Dapper;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using ParityKit.Fixtures;

        """;

    [Fact]
    public Task Renames_the_column_in_a_regular_string_keeping_the_rest_byte_for_byte() => Verifier.VerifyWithFixturesAsync(
        Usings + """
        public class Q(StoreDbContext db)
        {
            public int Run(string id) => db.Database.ExecuteSqlRaw("UPDATE users  SET {|PK1001:user_identifier|} = {0} /* keep */ WHERE id=1\t", id);
        }
        """,
        Usings + """
        public class Q(StoreDbContext db)
        {
            public int Run(string id) => db.Database.ExecuteSqlRaw("UPDATE users  SET external_id = {0} /* keep */ WHERE id=1\t", id);
        }
        """);

    [Fact]
    public Task Keeps_every_kind_of_quoting() => Verifier.VerifyWithFixturesAsync(
        Usings + """
        public class Q(SqliteConnection c)
        {
            public void Run()
            {
                c.Query<string>("SELECT \"{|PK1001:user_identifier|}\" FROM users");
                c.Query<string>(@"SELECT ""{|PK1001:user_identifier|}"" FROM users");
                c.Query<string>("SELECT [{|PK1001:user_identifier|}], `{|PK1001:user_identifier|}` FROM users");
            }
        }
        """,
        Usings + """
        public class Q(SqliteConnection c)
        {
            public void Run()
            {
                c.Query<string>("SELECT \"external_id\" FROM users");
                c.Query<string>(@"SELECT ""external_id"" FROM users");
                c.Query<string>("SELECT [external_id], `external_id` FROM users");
            }
        }
        """);

    [Fact]
    public Task Renames_in_verbatim_interpolated_raw_and_constant_strings() => Verifier.VerifyWithFixturesAsync(
        Usings + """"
        public class Q(StoreDbContext db, SqliteConnection c)
        {
            private const string Sql = "SELECT user_identifier FROM users";

            public void Run(string id)
            {
                c.Query<string>({|PK1001:Sql|});
                c.Query<string>(@"SELECT {|PK1001:user_identifier|}
                                  FROM users");
                db.Users.FromSql($"SELECT * FROM users WHERE {|PK1001:user_identifier|} = {id}").ToList();
                c.Query<string>($"""
                    SELECT u.{|PK1001:user_identifier|}
                    FROM users u WHERE u.email = '{id}'
                    """);
                c.Query<long>("SELECT total_cents FROM {|PK1002:orders|}");
            }
        }
        """",
        Usings + """"
        public class Q(StoreDbContext db, SqliteConnection c)
        {
            private const string Sql = "SELECT external_id FROM users";

            public void Run(string id)
            {
                c.Query<string>(Sql);
                c.Query<string>(@"SELECT external_id
                                  FROM users");
                db.Users.FromSql($"SELECT * FROM users WHERE external_id = {id}").ToList();
                c.Query<string>($"""
                    SELECT u.external_id
                    FROM users u WHERE u.email = '{id}'
                    """);
                c.Query<long>("SELECT total_cents FROM customer_orders");
            }
        }
        """");

    [Fact]
    public async Task Offers_no_fix_for_a_drop_or_an_unknown_column()
    {
        const string Source = Usings + """
            public class Q(SqliteConnection c)
            {
                public void Run() => c.Query<string>("SELECT {|PK1001:legacy_code|}, u.{|PK1002:nickname|} FROM users u");
            }
            """;
        await Verifier.VerifyWithFixturesAsync(Source, Source);
    }
}
