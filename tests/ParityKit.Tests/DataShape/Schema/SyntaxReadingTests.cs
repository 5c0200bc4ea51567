using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Tests.DataShape.Infrastructure;
using ParityKit.Tests.Infrastructure;

namespace ParityKit.Tests.DataShape.Schema;

/// <summary>
/// The schema reader reads EF Core's snapshots and migrations from syntax where it can (the generator then binds none
/// of their bodies): what syntax reads must be what the semantic model says, and what it cannot read must be left to it.
/// </summary>
public class SyntaxReadingTests
{
    [Theory]
    [InlineData("int")]
    [InlineData("int?")]
    [InlineData("long")]
    [InlineData("short")]
    [InlineData("bool?")]
    [InlineData("decimal")]
    [InlineData("double?")]
    [InlineData("char")]
    [InlineData("string")]
    [InlineData("object")]
    [InlineData("byte[]")]
    [InlineData("DateTime")]
    [InlineData("DateTime?")]
    [InlineData("System.DateTime")]
    [InlineData("DateTimeOffset")]
    [InlineData("TimeSpan?")]
    [InlineData("Guid")]
    [InlineData("DateOnly")]
    [InlineData("TimeOnly?")]
    public void A_snapshot_property_type_reads_from_syntax_as_the_semantic_model_shows_it(string type)
    {
        (TypeSyntax syntax, ITypeSymbol symbol) = Bind(type);

        Assert.True(SnapshotClrType.TryRead(syntax, out string? display, out bool required));
        Assert.Equal(symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), display);
        Assert.Equal(symbol.IsValueType && symbol.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T, required);
    }

    [Theory]
    [InlineData("Uri")]
    [InlineData("Money")]
    [InlineData("string?")]
    [InlineData("int[]")]
    [InlineData("List<int>")]
    public void Other_types_are_left_to_the_semantic_model(string type) =>
        Assert.False(SnapshotClrType.TryRead(SyntaxFactory.ParseTypeName(type), out _, out _));

    [Theory]
    [InlineData("\"users\"", "users")]
    [InlineData("(\"users\")", "users")]
    [InlineData("@\"a\"\"b\"", "a\"b")]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("42", 42)]
    [InlineData("-1", -1)]
    [InlineData("null", null)]
    [InlineData("(string)null", null)]
    public void Literals_read_from_syntax(string expression, object? expected)
    {
        Assert.True(SyntaxLiteral.TryGetValue(SyntaxFactory.ParseExpression(expression), out object? value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Names.Users")]
    [InlineData("\"a\" + \"b\"")]
    [InlineData("default")]
    [InlineData("nameof(Users)")]
    [InlineData("(string)Names.Users")]
    [InlineData("(long)1")]
    public void Non_literals_are_left_to_the_semantic_model(string expression) =>
        Assert.False(SyntaxLiteral.TryGetValue(SyntaxFactory.ParseExpression(expression), out _));

    [Fact]
    public void The_real_EF_Core_migrations_and_snapshots_read_from_syntax_alone()
    {
        CSharpCompilation compilation = SchemaCompilation.Create(FixtureSources.MigrationsProject);
        int bodies = 0, snapshots = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.Identifier.ValueText is "Up")
                {
                    MigrationBodyReader.Read(method, model, CancellationToken.None, out bool bound);
                    Assert.False(bound, $"{tree.FilePath}: an Up call needed binding");
                    bodies++;
                }
                else if (method.Identifier.ValueText is "BuildModel" or "BuildTargetModel")
                {
                    SnapshotReader.Read(method, model, "Context", CancellationToken.None, out bool bound);
                    Assert.False(bound, $"{tree.FilePath}: the snapshot needed binding");
                    snapshots++;
                }
            }
        }

        Assert.True(bodies >= 5 && snapshots >= 2, $"{bodies} Up methods, {snapshots} snapshots");
    }

    private static (TypeSyntax Syntax, ITypeSymbol Symbol) Bind(string type)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText($"using System; class C {{ {type} F; }}");
        CSharpCompilation compilation = CSharpCompilation.Create("Types", [tree], TestReferences.Framework);
        TypeSyntax syntax = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single().Declaration.Type;
        ITypeSymbol symbol = compilation.GetSemanticModel(tree).GetTypeInfo(syntax).Type!;
        Assert.NotEqual(TypeKind.Error, symbol.TypeKind);
        return (syntax, symbol);
    }
}
