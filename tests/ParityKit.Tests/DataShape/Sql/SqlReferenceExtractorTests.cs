using ParityKit.Analyzers.DataShape.Sql;

namespace ParityKit.Tests.DataShape.Sql;

public class SqlReferenceExtractorTests
{
    private static SqlReferences Extract(string sql) => SqlReferenceExtractor.Extract(sql);

    /// <summary>"column -> [table alias, ...]" for every column found.</summary>
    private static List<string> Columns(string sql) => Extract(sql).Columns.Select(c => c.ToString()).ToList();

    private static List<string> Tables(string sql) => Extract(sql).Tables.Select(t => t.ToString()).ToList();

    [Fact]
    public void Aliases_and_joins_bind_each_qualified_column_to_its_table()
    {
        const string Sql = "SELECT u.user_identifier, o.total_cents FROM users u JOIN orders AS o ON o.user_id = u.id WHERE u.email = @email";
        Assert.Equal(["users u", "orders o"], Tables(Sql));
        Assert.Equal(
            ["user_identifier -> [users u]", "total_cents -> [orders o]", "user_id -> [orders o]", "id -> [users u]", "email -> [users u]"],
            Columns(Sql));
    }

    [Fact]
    public void Unqualified_columns_may_belong_to_any_table_in_scope()
    {
        Assert.Equal(["display_name -> [users, orders]"], Columns("SELECT display_name FROM users, orders"));
    }

    [Fact]
    public void Quoted_and_schema_qualified_names_are_read_as_names()
    {
        SqlReferences references = Extract("SELECT \"u\".\"user_identifier\" FROM \"audit\".\"audit_entries\" AS \"u\"");
        SqlTableReference table = Assert.Single(references.Tables);
        Assert.Equal(("audit", "audit_entries", "u"), (table.Schema, table.Name.Value, table.Alias));
        Assert.Equal("user_identifier -> [audit.audit_entries u]", Assert.Single(references.Columns).ToString());
    }

    [Fact]
    public void Column_aliases_are_definitions_not_references()
    {
        SqlReferences references = Extract("SELECT external_id AS user_identifier, count(*) total FROM users ORDER BY user_identifier");
        Assert.True(references.IsAlias("user_identifier"));
        Assert.True(references.IsAlias("total"));
        Assert.Contains(references.Columns, c => c.Name.Value == "external_id");
    }

    [Fact]
    public void Columns_of_a_CTE_are_not_resolved_against_tables()
    {
        const string Sql = "WITH recent (user_identifier) AS (SELECT external_id FROM users) SELECT user_identifier FROM recent";
        SqlReferences references = Extract(Sql);
        Assert.True(references.IsAlias("user_identifier"));
        Assert.Equal(["external_id -> [users]", "user_identifier -> []"], references.Columns.Select(c => c.ToString()));
    }

    [Fact]
    public void Columns_of_a_derived_table_are_not_resolved_against_tables()
    {
        const string Sql = "SELECT s.user_identifier, user_identifier FROM (SELECT external_id AS user_identifier FROM users) s";
        Assert.Equal(["user_identifier -> []", "user_identifier -> []", "external_id -> [users]"], Columns(Sql));
    }

    [Fact]
    public void A_subquery_sees_its_own_tables_first_then_the_outer_ones()
    {
        const string Sql = "SELECT id FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND total_cents > 0)";
        Assert.Equal(["id -> [users u]", "user_id -> [orders o]", "id -> [users u]", "total_cents -> [orders o, users u]"], Columns(Sql));
    }

    [Fact]
    public void Insert_column_lists_belong_to_the_target_table()
    {
        Assert.Equal(
            ["user_identifier -> [users]", "email -> [users]"],
            Columns("INSERT INTO users (user_identifier, email) VALUES (@id, @email)"));
    }

    [Fact]
    public void Update_and_delete_targets_are_sources()
    {
        Assert.Equal(["user_identifier -> [users]", "id -> [users]"], Columns("UPDATE users SET user_identifier = {0} WHERE id = {1}"));
        Assert.Equal(["users"], Tables("DELETE FROM users WHERE id = 1"));
    }

    [Fact]
    public void Functions_keywords_date_parts_and_types_are_not_columns()
    {
        Assert.Equal(
            ["placed_at -> [orders]", "placed_at -> [orders]", "total_cents -> [orders]"],
            Columns("SELECT EXTRACT(YEAR FROM placed_at), DATEADD(day, 1, placed_at), CAST(total_cents AS bigint) FROM orders"));
    }

    [Fact]
    public void A_hole_or_a_function_where_a_table_would_be_makes_columns_unresolvable()
    {
        Assert.Equal(["user_identifier -> []"], Columns("SELECT user_identifier FROM " + SqlTokenizer.HoleChar));
        Assert.Equal(["user_identifier -> []"], Columns("SELECT user_identifier FROM users_since(@date)"));
    }

    [Fact]
    public void Other_databases_and_temp_tables_are_not_table_references()
    {
        Assert.Empty(Tables("SELECT user_identifier FROM legacy.dbo.users"));
        Assert.Empty(Tables("SELECT user_identifier FROM #users"));
    }

    [Theory]
    [InlineData("SELECT user_identifier FROM users WHERE name = 'unterminated")]
    [InlineData("SELECT (user_identifier FROM users")]
    [InlineData("SELECT user_identifier) FROM users")]
    public void Text_it_cannot_read_gives_no_references(string sql)
    {
        SqlReferences references = Extract(sql);
        Assert.False(references.Understood);
        Assert.Empty(references.Columns);
    }

    [Theory]
    [InlineData("CREATE VIEW v AS SELECT user_identifier FROM users")]
    [InlineData("EXEC dbo.rename_user @id")]
    [InlineData("PRAGMA table_info(users)")]
    public void Statements_other_than_queries_and_DML_are_left_alone(string sql) => Assert.Empty(Extract(sql).Columns);

    [Theory]
    [InlineData("")]
    [InlineData("SELECT")]
    [InlineData("SELECT FROM WHERE")]
    [InlineData("...")]
    [InlineData("SELECT u. FROM users u")]
    [InlineData("INSERT INTO")]
    [InlineData("WITH")]
    [InlineData("SELECT * FROM users u WITH")]
    [InlineData(")(")]
    public void Odd_text_never_throws(string sql) => _ = Extract(sql);

    [Fact]
    public void Random_token_soup_never_throws()
    {
        string[] vocabulary =
        [
            "SELECT", "FROM", "WHERE", "JOIN", "ON", "AS", "WITH", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE",
            "UNION", "(", ")", ",", ".", ";", "*", "=", "::", "users", "u", "\"x\"", "[y]", "`z`", "'s'", "@p", "{0}", "$1",
            "--c\n", "/*c*/", "COUNT", "CAST", "EXTRACT", "YEAR", "IS", "DISTINCT", "INTO", "ON", "CONFLICT", "DO", "RETURNING",
            SqlTokenizer.HoleChar.ToString(), "#t", "db.dbo.t", "MERGE", "USING", "WHEN", "MATCHED", "THEN", "COLLATE", "1",
        ];
        var random = new Random(20260301);
        for (int i = 0; i < 5000; i++)
        {
            int length = random.Next(0, 24);
            string sql = string.Join(" ", Enumerable.Range(0, length).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            _ = Extract(sql);
        }
    }
}
