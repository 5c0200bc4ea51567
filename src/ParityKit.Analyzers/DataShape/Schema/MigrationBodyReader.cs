using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// Reads the schema-changing <c>MigrationBuilder</c> calls of a migration's <c>Up</c> method. EF Core's scaffolder
    /// writes them with named literal arguments on the <c>Up</c> parameter, which are read from syntax without
    /// binding anything; a call written otherwise (constants, positional arguments, another receiver) is read through
    /// the semantic model so that it reads the same. A call whose names are not constants is skipped: the replay never
    /// guesses.
    /// </summary>
    internal static class MigrationBodyReader
    {
        private static readonly HashSet<string> SchemaOperations = new(StringComparer.Ordinal)
        {
            "EnsureSchema", "CreateTable", "DropTable", "RenameTable", "AddColumn", "AlterColumn", "DropColumn", "RenameColumn",
        };

        public static ImmutableArray<MigrationOperation> Read(MethodDeclarationSyntax up, SemanticModel model, CancellationToken cancellationToken) =>
            Read(up, model, cancellationToken, out _);

        /// <param name="up">The migration's <c>Up</c> method.</param>
        /// <param name="model">Binds the calls syntax cannot read.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <param name="bound">Whether any call needed the semantic model (else the result depends on syntax alone).</param>
        public static ImmutableArray<MigrationOperation> Read(MethodDeclarationSyntax up, SemanticModel model, CancellationToken cancellationToken, out bool bound)
        {
            bound = false;
            ImmutableArray<MigrationOperation>.Builder operations = ImmutableArray.CreateBuilder<MigrationOperation>();
            SyntaxNode? body = (SyntaxNode?)up.Body ?? up.ExpressionBody;
            if (body == null)
            {
                return operations.ToImmutable();
            }

            string? builder = up.ParameterList.Parameters.Count == 1 ? up.ParameterList.Parameters[0].Identifier.ValueText : null;
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
                    || !SchemaOperations.Contains(access.Name.Identifier.ValueText))
                {
                    continue;
                }

                if (access.Expression is IdentifierNameSyntax receiver
                    && receiver.Identifier.ValueText == builder
                    && MigrationCallSyntax.TryRead(invocation, access.Name.Identifier.ValueText, out MigrationOperation? fromSyntax))
                {
                    if (fromSyntax != null)
                    {
                        operations.Add(fromSyntax);
                    }
                }
                else if ((bound = true) && model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                    && EfNames.IsMigrationBuilder(operation.TargetMethod.ContainingType)
                    && Read(operation, model, cancellationToken) is { } read)
                {
                    operations.Add(read);
                }
            }

            return operations.ToImmutable();
        }

        private static MigrationOperation? Read(IInvocationOperation call, SemanticModel model, CancellationToken cancellationToken)
        {
            string? name = ConstantArguments.String(call, "name");
            if (name == null)
            {
                return null;
            }

            string? table = ConstantArguments.String(call, "table");
            string? schema = ConstantArguments.String(call, "schema");
            switch (call.TargetMethod.Name)
            {
                case "EnsureSchema":
                    return Create(MigrationOperationKind.EnsureSchema, name, null, null);
                case "CreateTable":
                    return Create(MigrationOperationKind.CreateTable, name, null, schema) with { Columns = ReadColumns(call, model, cancellationToken) };
                case "DropTable":
                    return Create(MigrationOperationKind.DropTable, name, null, schema);
                case "RenameTable":
                    return Create(MigrationOperationKind.RenameTable, name, null, schema) with
                    {
                        NewName = ConstantArguments.String(call, "newName"),
                        NewSchema = ConstantArguments.String(call, "newSchema"),
                    };
                case "AddColumn" when table != null:
                    return Create(MigrationOperationKind.AddColumn, name, table, schema) with
                    {
                        StoreType = ConstantArguments.String(call, "type"),
                        Nullable = ConstantArguments.Bool(call, "nullable") ?? false,
                    };
                case "AlterColumn" when table != null:
                    return Create(MigrationOperationKind.AlterColumn, name, table, schema) with
                    {
                        StoreType = ConstantArguments.String(call, "type"),
                        Nullable = ConstantArguments.Bool(call, "nullable") ?? false,
                    };
                case "DropColumn" when table != null:
                    return Create(MigrationOperationKind.DropColumn, name, table, schema);
                case "RenameColumn" when table != null:
                    string? newName = ConstantArguments.String(call, "newName");
                    return newName == null ? null : Create(MigrationOperationKind.RenameColumn, name, table, schema) with { NewName = newName };
                default:
                    return null;
            }
        }

        internal static MigrationOperation Create(MigrationOperationKind kind, string name, string? table, string? schema) =>
            new(kind, name, table, schema, null, null, null, false, EquatableArray<SchemaColumn>.Empty);

        /// <summary>
        /// <c>columns: table =&gt; new { id = table.Column&lt;int&gt;(type: "INTEGER", nullable: false) }</c>: the member
        /// name is the column name unless the call passes <c>name:</c> (EF Core does when the name is not a C# identifier).
        /// </summary>
        private static EquatableArray<SchemaColumn> ReadColumns(IInvocationOperation call, SemanticModel model, CancellationToken cancellationToken)
        {
            ImmutableArray<SchemaColumn>.Builder columns = ImmutableArray.CreateBuilder<SchemaColumn>();
            if (ConstantArguments.Find(call, "columns")?.Syntax is not ArgumentSyntax { Expression: LambdaExpressionSyntax lambda }
                || lambda.Body is not AnonymousObjectCreationExpressionSyntax anonymous)
            {
                return EquatableArray<SchemaColumn>.Empty;
            }

            foreach (AnonymousObjectMemberDeclaratorSyntax member in anonymous.Initializers)
            {
                InvocationExpressionSyntax? column = FindColumnCall(member.Expression);
                if (column == null || model.GetOperation(column, cancellationToken) is not IInvocationOperation columnCall)
                {
                    continue;
                }

                string? name = ConstantArguments.String(columnCall, "name") ?? member.NameEquals?.Name.Identifier.ValueText;
                if (name != null)
                {
                    columns.Add(new SchemaColumn(
                        name,
                        ConstantArguments.String(columnCall, "type"),
                        ConstantArguments.Bool(columnCall, "nullable") ?? false));
                }
            }

            return columns.ToImmutable().ToEquatableArray();
        }

        /// <summary>The <c>table.Column&lt;T&gt;(...)</c> call at the bottom of a chain like <c>table.Column&lt;int&gt;(...).Annotation(...)</c>.</summary>
        internal static InvocationExpressionSyntax? FindColumnCall(ExpressionSyntax expression)
        {
            while (expression is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access)
            {
                if (access.Name.Identifier.ValueText == "Column")
                {
                    return invocation;
                }

                expression = access.Expression;
            }

            return null;
        }
    }
}
