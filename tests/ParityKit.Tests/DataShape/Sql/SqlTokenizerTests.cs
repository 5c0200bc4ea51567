using ParityKit.Analyzers.DataShape.Sql;

namespace ParityKit.Tests.DataShape.Sql;

public class SqlTokenizerTests
{
    private static List<string> Kinds(string sql) =>
        SqlTokenizer.Tokenize(sql).Select(t => t.Kind + ":" + (t.Kind == SqlTokenKind.StringLiteral ? sql.Substring(t.Start, t.Length) : t.Value)).ToList();

    [Theory]
    [InlineData("\"user_identifier\"", '"', "user_identifier")]
    [InlineData("[user identifier]", '[', "user identifier")]
    [InlineData("`user_identifier`", '`', "user_identifier")]
    [InlineData("\"say \"\"hi\"\"\"", '"', "say \"hi\"")]
    [InlineData("[a]]b]", '[', "a]b")]
    public void Quoted_identifiers_keep_the_name_and_where_it_sits_inside_the_quotes(string sql, char quote, string name)
    {
        SqlToken token = Assert.Single(SqlTokenizer.Tokenize(sql));
        Assert.Equal(SqlTokenKind.QuotedIdentifier, token.Kind);
        Assert.Equal(quote, token.Quote);
        Assert.Equal(name, token.Value);
        Assert.Equal(1, token.ValueStart);
        Assert.Equal(sql.Length - 2, token.ValueLength);
    }

    [Fact]
    public void Comments_and_string_literals_hide_what_they_contain()
    {
        List<string> tokens = Kinds("SELECT 'user_identifier -- no', x -- user_identifier\n/* user_identifier /* nested */ */ FROM t");
        Assert.Equal(["Word:SELECT", "StringLiteral:'user_identifier -- no'", "Symbol:,", "Word:x", "Word:FROM", "Word:t"], tokens);
    }

    [Theory]
    [InlineData("'it''s'")]
    [InlineData("N'unicode'")]
    [InlineData("E'esc\\'aped'")]
    [InlineData("$$dollar 'quoted' body$$")]
    [InlineData("$tag$ user_identifier $tag$")]
    public void String_literal_forms_are_one_token(string sql) =>
        Assert.Equal(SqlTokenKind.StringLiteral, Assert.Single(SqlTokenizer.Tokenize(sql)).Kind);

    [Theory]
    [InlineData("@p0")]
    [InlineData(":name")]
    [InlineData("$1")]
    [InlineData("?")]
    [InlineData("{0}")]
    [InlineData("@@ROWCOUNT")]
    public void Parameter_forms_are_parameters(string sql) =>
        Assert.Equal(SqlTokenKind.Parameter, Assert.Single(SqlTokenizer.Tokenize(sql)).Kind);

    [Fact]
    public void A_postgres_cast_is_not_a_parameter_and_a_subscript_is_not_a_bracketed_name()
    {
        Assert.Equal(["Word:x", "Symbol:::", "Word:text"], Kinds("x::text"));
        Assert.Equal(["Word:tags", "Symbol:[", "Number:1", "Symbol:]"], Kinds("tags[1]"));
    }

    [Theory]
    [InlineData("SELECT 'unterminated")]
    [InlineData("SELECT \"unterminated")]
    [InlineData("SELECT [unterminated")]
    [InlineData("SELECT /* unterminated")]
    public void Unreadable_text_ends_in_an_error_token_without_throwing(string sql) =>
        Assert.Equal(SqlTokenKind.Error, SqlTokenizer.Tokenize(sql).Last().Kind);

    [Fact]
    public void A_hole_is_its_own_token() =>
        Assert.Equal(["Word:WHERE", "Word:id", "Symbol:=", "Hole:"], Kinds("WHERE id = " + SqlTokenizer.HoleChar));
}
