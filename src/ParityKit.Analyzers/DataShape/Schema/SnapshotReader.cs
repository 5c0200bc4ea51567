using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.DataShape.Schema
{
    /// <summary>
    /// Reads a <c>ModelSnapshot.BuildModel</c> (or a designer's <c>BuildTargetModel</c>): the entity types, the table
    /// each maps to and each property's column, as EF Core's snapshot generator writes them
    /// (<c>modelBuilder.Entity("Ns.User", b =&gt; { b.Property&lt;string&gt;("Email").IsRequired().HasColumnName("email"); b.ToTable("users"); })</c>).
    /// Anything it does not recognise is left out rather than guessed.
    /// </summary>
    internal static class SnapshotReader
    {
        private static readonly HashSet<string> GeneratedMarkers = new(StringComparer.Ordinal)
        {
            "ValueGeneratedOnAdd", "ValueGeneratedOnAddOrUpdate", "ValueGeneratedOnUpdate", "HasDefaultValue", "HasDefaultValueSql",
            "HasComputedColumnSql", "UseIdentityColumn", "UseIdentityByDefaultColumn", "UseIdentityAlwaysColumn", "UseSerialColumn",
            "UseHiLo", "UseSequence", "IsRowVersion",
        };

        public static SnapshotModel Read(MethodDeclarationSyntax buildModel, SemanticModel model, string context, CancellationToken cancellationToken) =>
            Read(buildModel, model, context, cancellationToken, out _);

        /// <param name="buildModel">The snapshot's <c>BuildModel</c> method.</param>
        /// <param name="semanticModel">Reads what is not a literal (hand-edited snapshots).</param>
        /// <param name="context">The full name of the snapshot's context.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <param name="bound">Whether anything needed the semantic model (else the model depends on syntax alone).</param>
        public static SnapshotModel Read(MethodDeclarationSyntax buildModel, SemanticModel semanticModel, string context, CancellationToken cancellationToken, out bool bound)
        {
            var model = new Semantics(semanticModel);
            SnapshotModel result = ReadAll(buildModel, model, context, cancellationToken);
            bound = model.Used;
            return result;
        }

        private static SnapshotModel ReadAll(MethodDeclarationSyntax buildModel, Semantics model, string context, CancellationToken cancellationToken)
        {
            var entities = new Dictionary<string, EntityState>(StringComparer.Ordinal);
            var order = new List<EntityState>();
            string? defaultSchema = null;
            SyntaxNode? body = (SyntaxNode?)buildModel.Body ?? buildModel.ExpressionBody;
            if (body != null)
            {
                foreach (InvocationExpressionSyntax invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string? method = MethodName(invocation);
                    if (method == "HasDefaultSchema" && invocation.ArgumentList.Arguments.Count == 1)
                    {
                        defaultSchema = Constant(invocation.ArgumentList.Arguments[0].Expression, model, cancellationToken) as string;
                    }
                    else if (method == "Entity"
                        && invocation.ArgumentList.Arguments.Count == 2
                        && Constant(invocation.ArgumentList.Arguments[0].Expression, model, cancellationToken) is string entityType
                        && invocation.ArgumentList.Arguments[1].Expression is LambdaExpressionSyntax lambda
                        && !IsInsideEntityLambda(invocation, body))
                    {
                        if (!entities.TryGetValue(entityType, out EntityState? state))
                        {
                            state = new EntityState(entityType, owner: null, navigation: null);
                            entities.Add(entityType, state);
                            order.Add(state);
                        }

                        ReadEntity(lambda, state, order, model, cancellationToken);
                    }
                }
            }

            return new SnapshotModel(
                context,
                defaultSchema,
                order.Select(e => e.ToEntity(entities, defaultSchema)).ToEquatableArray());
        }

        private static void ReadEntity(LambdaExpressionSyntax lambda, EntityState state, List<EntityState> all, Semantics model, CancellationToken cancellationToken)
        {
            IEnumerable<ExpressionSyntax> statements = lambda.Body switch
            {
                BlockSyntax block => block.Statements.OfType<ExpressionStatementSyntax>().Select(s => s.Expression),
                ExpressionSyntax expression => new[] { expression },
                _ => Array.Empty<ExpressionSyntax>(),
            };

            foreach (ExpressionSyntax statement in statements)
            {
                List<InvocationExpressionSyntax> chain = Chain(statement);
                if (chain.Count == 0)
                {
                    continue;
                }

                InvocationExpressionSyntax root = chain[0];
                SeparatedSyntaxList<ArgumentSyntax> args = root.ArgumentList.Arguments;
                switch (MethodName(root))
                {
                    case "Property" when args.Count == 1 && Constant(args[0].Expression, model, cancellationToken) is string property:
                        state.Properties.Add(ReadProperty(property, root, chain, model, cancellationToken));
                        break;
                    case "ToTable" when args.Count >= 1:
                        object? table = Constant(args[0].Expression, model, cancellationToken);
                        if (table is string tableName)
                        {
                            state.Table = tableName;
                            state.Schema = args.Count >= 2 ? Constant(args[1].Expression, model, cancellationToken) as string : null;
                        }
                        else if (table == null && IsNullLiteral(args[0].Expression, model, cancellationToken))
                        {
                            state.NotATable = true;
                        }

                        break;
                    case "ToView":
                    case "ToSqlQuery":
                    case "ToFunction":
                        state.NotATable = true;
                        break;
                    case "HasBaseType" when args.Count == 1:
                        state.BaseType = Constant(args[0].Expression, model, cancellationToken) as string;
                        break;
                    case "OwnsOne":
                    case "OwnsMany":
                    case "ComplexProperty":
                        if (args.Count >= 3
                            && Constant(args[1].Expression, model, cancellationToken) is string navigation
                            && args[args.Count - 1].Expression is LambdaExpressionSyntax ownedLambda)
                        {
                            string ownedType = Constant(args[0].Expression, model, cancellationToken) as string ?? navigation;
                            var owned = new EntityState(state.EntityType + "." + navigation + "#" + ownedType, state, navigation);
                            all.Add(owned);
                            ReadEntity(ownedLambda, owned, all, model, cancellationToken);
                        }

                        break;
                }
            }
        }

        private static PropertyState ReadProperty(string name, InvocationExpressionSyntax root, List<InvocationExpressionSyntax> chain, Semantics model, CancellationToken cancellationToken)
        {
            var property = new PropertyState(name);
            if (root.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } && generic.TypeArgumentList.Arguments.Count == 1)
            {
                TypeSyntax typeArgument = generic.TypeArgumentList.Arguments[0];
                if (SnapshotClrType.TryRead(typeArgument, out string? clrType, out bool required))
                {
                    property.ClrType = clrType;
                    property.Required = required;
                }
                else if (model.Bind().GetTypeInfo(typeArgument, cancellationToken).Type is { } type)
                {
                    property.ClrType = type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
                    property.Required = type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
                }
            }

            for (int i = 1; i < chain.Count; i++)
            {
                string? method = MethodName(chain[i]);
                SeparatedSyntaxList<ArgumentSyntax> args = chain[i].ArgumentList.Arguments;
                if (method == "HasColumnName" && args.Count == 1)
                {
                    property.Column = Constant(args[0].Expression, model, cancellationToken) as string ?? property.Column;
                }
                else if (method == "HasColumnType" && args.Count == 1)
                {
                    property.StoreType = Constant(args[0].Expression, model, cancellationToken) as string;
                }
                else if (method == "IsRequired")
                {
                    property.Required = args.Count == 0 || Constant(args[0].Expression, model, cancellationToken) is true;
                }
                else if (method != null && GeneratedMarkers.Contains(method))
                {
                    property.Generated = true;
                }
            }

            return property;
        }

        /// <summary>The calls of a fluent chain, innermost (<c>b.Property(...)</c>) first.</summary>
        private static List<InvocationExpressionSyntax> Chain(ExpressionSyntax expression)
        {
            var chain = new List<InvocationExpressionSyntax>();
            while (expression is InvocationExpressionSyntax invocation && invocation.Expression is MemberAccessExpressionSyntax access)
            {
                chain.Add(invocation);
                expression = access.Expression;
            }

            chain.Reverse();
            return chain;
        }

        private static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static bool IsInsideEntityLambda(SyntaxNode node, SyntaxNode body)
        {
            for (SyntaxNode? current = node.Parent; current != null && current != body; current = current.Parent)
            {
                if (current is InvocationExpressionSyntax outer && MethodName(outer) == "Entity")
                {
                    return true;
                }
            }

            return false;
        }

        // The snapshot generator writes literals: read from syntax, the lambdas of BuildModel are never bound. A
        // constant of any other form (hand-edited snapshots) still reads through the semantic model.
        private static object? Constant(ExpressionSyntax expression, Semantics model, CancellationToken cancellationToken)
        {
            if (SyntaxLiteral.TryGetValue(expression, out object? literal))
            {
                return literal;
            }

            Optional<object?> value = model.Bind().GetConstantValue(expression, cancellationToken);
            return value.HasValue ? value.Value : null;
        }

        private static bool IsNullLiteral(ExpressionSyntax expression, Semantics model, CancellationToken cancellationToken) =>
            SyntaxLiteral.TryGetValue(expression, out object? literal)
                ? literal is null
                : model.Bind().GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: null };

        /// <summary>The semantic model, and whether the read asked it anything.</summary>
        private sealed class Semantics
        {
            private readonly SemanticModel _model;

            public Semantics(SemanticModel model) => _model = model;

            public bool Used { get; private set; }

            public SemanticModel Bind()
            {
                Used = true;
                return _model;
            }
        }

        private sealed class PropertyState
        {
            public PropertyState(string name)
            {
                Name = name;
            }

            public string Name { get; }

            public string? Column { get; set; }

            public string? ClrType { get; set; }

            public string? StoreType { get; set; }

            public bool Required { get; set; }

            public bool Generated { get; set; }
        }

        private sealed class EntityState
        {
            public EntityState(string entityType, EntityState? owner, string? navigation)
            {
                EntityType = entityType;
                Owner = owner;
                Navigation = navigation;
            }

            public string EntityType { get; }

            public EntityState? Owner { get; }

            public string? Navigation { get; }

            public string? Table { get; set; }

            public string? Schema { get; set; }

            public bool NotATable { get; set; }

            public string? BaseType { get; set; }

            public List<PropertyState> Properties { get; } = new();

            public SnapshotEntity ToEntity(Dictionary<string, EntityState> entities, string? defaultSchema)
            {
                // An entity without ToTable shares its base type's table (TPH) or, when owned, its owner's (table splitting).
                EntityState? mapped = this;
                for (int depth = 0; mapped != null && mapped.Table == null && !mapped.NotATable && depth < 32; depth++)
                {
                    mapped = mapped.BaseType != null && entities.TryGetValue(mapped.BaseType, out EntityState? baseType)
                        ? baseType
                        : mapped.Owner;
                }

                bool hasTable = mapped != null && mapped.Table != null && !NotATable;
                bool owned = Owner != null;
                bool splitsOwnerTable = owned && Table == null;
                return new SnapshotEntity(
                    EntityType,
                    hasTable ? mapped!.Schema ?? defaultSchema : null,
                    hasTable ? mapped!.Table : null,
                    owned,
                    Properties
                        .Select(p => new SnapshotProperty(
                            p.Name,
                            p.Column ?? (splitsOwnerTable ? Navigation + "_" + p.Name : p.Name),
                            p.ClrType,
                            p.StoreType,
                            p.Required,
                            p.Generated))
                        .ToEquatableArray());
            }
        }
    }
}
