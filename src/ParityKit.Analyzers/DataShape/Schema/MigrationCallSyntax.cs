using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// One <c>migrationBuilder.X(...)</c> call read from syntax, as EF Core's scaffolder writes it (named literal
    /// arguments). Returns false when the call is written in a way syntax cannot read for certain, so that
    /// <see cref="MigrationBodyReader"/> binds it instead.
    /// </summary>
    internal static class MigrationCallSyntax
    {
        /// <param name="call">The invocation, whose receiver is the <c>Up</c> method's <c>MigrationBuilder</c> parameter.</param>
        /// <param name="method">The name of the method called.</param>
        /// <param name="operation">The operation; null (with true returned) when the call has no constant name to replay.</param>
        public static bool TryRead(InvocationExpressionSyntax call, string method, out MigrationOperation? operation)
        {
            operation = null;
            SyntaxArguments arguments = method switch
            {
                "CreateTable" => SyntaxArguments.Of(call, "name", "columns"),
                "DropTable" or "RenameTable" => SyntaxArguments.Of(call, "name", "schema"),
                "EnsureSchema" => SyntaxArguments.Of(call, "name"),
                _ => SyntaxArguments.Of(call, "name", "table"),
            };

            string? name = arguments.String("name");
            string? table = arguments.String("table");
            string? schema = arguments.String("schema");
            if (!arguments.IsReadable)
            {
                return false;
            }

            if (name == null)
            {
                return true;
            }

            switch (method)
            {
                case "EnsureSchema":
                    operation = MigrationBodyReader.Create(MigrationOperationKind.EnsureSchema, name, null, null);
                    break;
                case "CreateTable":
                    if (!TryReadColumns(arguments.Find("columns"), out EquatableArray<SchemaColumn>? columns))
                    {
                        return false;
                    }

                    operation = MigrationBodyReader.Create(MigrationOperationKind.CreateTable, name, null, schema) with { Columns = columns! };
                    break;
                case "DropTable":
                    operation = MigrationBodyReader.Create(MigrationOperationKind.DropTable, name, null, schema);
                    break;
                case "RenameTable":
                    operation = MigrationBodyReader.Create(MigrationOperationKind.RenameTable, name, null, schema) with
                    {
                        NewName = arguments.String("newName"),
                        NewSchema = arguments.String("newSchema"),
                    };
                    break;
                case "AddColumn" when table != null:
                case "AlterColumn" when table != null:
                    operation = MigrationBodyReader.Create(method == "AddColumn" ? MigrationOperationKind.AddColumn : MigrationOperationKind.AlterColumn, name, table, schema) with
                    {
                        StoreType = arguments.String("type"),
                        Nullable = arguments.Bool("nullable") ?? false,
                    };
                    break;
                case "DropColumn" when table != null:
                    operation = MigrationBodyReader.Create(MigrationOperationKind.DropColumn, name, table, schema);
                    break;
                case "RenameColumn" when table != null:
                    string? newName = arguments.String("newName");
                    operation = newName == null ? null : MigrationBodyReader.Create(MigrationOperationKind.RenameColumn, name, table, schema) with { NewName = newName };
                    break;
            }

            return arguments.IsReadable;
        }

        /// <summary><c>columns: table =&gt; new { id = table.Column&lt;int&gt;(type: "INTEGER", nullable: false) }</c>, each column from syntax.</summary>
        private static bool TryReadColumns(ExpressionSyntax? argument, out EquatableArray<SchemaColumn>? columns)
        {
            columns = EquatableArray<SchemaColumn>.Empty;
            if (argument is not LambdaExpressionSyntax { Body: AnonymousObjectCreationExpressionSyntax anonymous })
            {
                return argument is null;
            }

            ImmutableArray<SchemaColumn>.Builder read = ImmutableArray.CreateBuilder<SchemaColumn>(anonymous.Initializers.Count);
            foreach (AnonymousObjectMemberDeclaratorSyntax member in anonymous.Initializers)
            {
                if (MigrationBodyReader.FindColumnCall(member.Expression) is not { } column)
                {
                    continue;
                }

                // Column<T>(type, unicode, maxLength, rowVersion, name, nullable, ...): the scaffolder names every argument.
                SyntaxArguments arguments = SyntaxArguments.Of(column);
                string? name = arguments.String("name") ?? member.NameEquals?.Name.Identifier.ValueText;
                string? type = arguments.String("type");
                bool nullable = arguments.Bool("nullable") ?? false;
                if (!arguments.IsReadable)
                {
                    return false;
                }

                if (name != null)
                {
                    read.Add(new SchemaColumn(name, type, nullable));
                }
            }

            columns = read.ToImmutable().ToEquatableArray();
            return true;
        }
    }
}
