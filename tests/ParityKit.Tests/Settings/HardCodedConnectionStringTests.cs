using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit.Analyzers.Settings;
using Verify = ParityKit.Tests.Infrastructure.AnalyzerVerifier<ParityKit.Analyzers.Settings.HardCodedConnectionStringAnalyzer>;

namespace ParityKit.Tests.Settings;

/// <summary>PK3002: hard-coded connection strings and credentials; messages name keys, never values.</summary>
public class HardCodedConnectionStringTests
{
    [Fact]
    public Task Message_lists_keys_and_never_values()
    {
        var test = Verify.Create("""
            class Db
            {
                string A = {|#0:"Host=db.prod.internal.acme.io;Database=shop;Username=app;Password=hunter2"|};
                string B = {|#1:"postgres://app:s3cret-pw@db.acme.io:5432/shop"|};
                string C = {|#2:"Server=sql01.acme.io;Database=Shop;Trusted_Connection=True"|};
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3002", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("connection string (host, database, username, password) with a password or key in it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3002", DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("postgres:// database URL with a password in it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PK3002", DiagnosticSeverity.Warning).WithLocation(2)
            .WithArguments("connection string (server, database, trusted_connection) that names a database host"));
        return test.RunAsync();
    }

    [Fact]
    public Task Connection_string_grammar() => Verify.VerifyAsync(""""
        class Db
        {
            string A = {|PK3002:"Data Source=tcp:shop.database.windows.net,1433;Initial Catalog=shop;User ID=app;Password=p@ss"|};
            string B = {|PK3002:"server = mysql.acme.io ; port = 3306 ; uid = app ; pwd = 'x;y'"|};
            string C = {|PK3002:"Password=hunter2"|};
            string D = {|PK3002:"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=bXlrZXk=;EndpointSuffix=core.windows.net"|};
            string E = {|PK3002:"Host=localhost;Database=shop;Username=postgres;Password=postgres"|};
            string F = {|PK3002:@"Server=db01\SQLEXPRESS;Database=shop;User Id=sa;Password=Pa55w0rd!"|};
            string G = {|PK3002:"""Host=db.acme.io;Database=shop"""|};
            string H(string pw) => {|PK3002:$"Host=db.acme.io;Database=shop;Password={pw}"|};
            string I(string user) => {|PK3002:$"Host={user};Password=hunter2"|};
        }
        """");

    [Fact]
    public Task Database_urls() => Verify.VerifyAsync("""
        class Db
        {
            string A = {|PK3002:"postgresql://db.acme.io/shop"|};
            string B = {|PK3002:"mongodb+srv://app:pw@cluster0.abcde.mongodb.net/shop"|};
            string C = {|PK3002:"redis://:hunter2@cache.acme.io:6379"|};
            string D = {|PK3002:"amqps://guest:guest@mq.acme.io"|};
            string E = {|PK3002:"https://deploy:tok3n@git.acme.io/repo.git"|};
        }
        """);

    [Fact]
    public Task Does_not_fire() => Verify.VerifyAsync("""
        using System;
        using ParityKit;

        [assembly: RequiresSetting("Db:Default", Default = "Host=db.acme.io;Database=shop")]

        class Db
        {
            string A = "Data Source=app.db";
            string B = "Data Source=:memory:";
            string C = "Server=(localdb)\\MSSQLLocalDB;Database=shop;Trusted_Connection=True";
            string D = "Host=localhost;Database=shop";
            string E = "Host=old-db";
            string F = "redis://localhost:6379";
            string G = "https://api.acme.io/v1?x=1";
            string H(string host, string pw) => $"Host={host};Database=shop;Password={pw}";
            string I = "Password={0}";
            string J = "Password=<your-password>";
            string K = "Password=***";
            string L = "The password=value pairs are read from configuration";
            string M = "key=value;other=thing";
            string N = "a == b";
        }
        """);

    [Theory]
    [InlineData("Host=db;Password=x")]
    [InlineData("Server=x;Database=y")]
    [InlineData("postgres://h/db")]
    public void Shapes_are_recognised_for_other_rules(string text) => Assert.True(ConnectionStringText.LooksLikeConnectionString(text));

    [Theory]
    [InlineData("Checkout:Currency")]
    [InlineData("USD")]
    [InlineData("https://api.acme.io")]
    public void Ordinary_values_are_not_connection_strings(string text) => Assert.False(ConnectionStringText.LooksLikeConnectionString(text));

    [Fact]
    public Task Test_projects_are_skipped() => Verify.Create("""
        class Db { string A = "Host=db.acme.io;Database=shop;Password=hunter2"; }
        """).WithGlobalConfig("build_property.IsTestProject = true").RunAsync();
}
