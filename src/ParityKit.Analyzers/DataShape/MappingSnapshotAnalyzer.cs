using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>
    /// PK1003: a <c>[Column]</c>/<c>[Table]</c> attribute or a <c>HasColumnName</c>/<c>ToTable</c> call that maps an
    /// entity to a name the latest model snapshot does not record, or a property the snapshot does not have: a
    /// migration is pending (or the mapping is orphaned). Entities no snapshot knows are left alone.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MappingSnapshotAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MappingNotInSnapshot);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                DataShapeSchemas schemas = DataShapeSchemas.For(start.Compilation);
                start.RegisterSymbolAction(c => AnalyzeAttributes(c, schemas), SymbolKind.Property, SymbolKind.NamedType);
                start.RegisterOperationAction(c => AnalyzeFluentCall(c, schemas), OperationKind.Invocation);
            });
        }

        private static void AnalyzeAttributes(SymbolAnalysisContext context, DataShapeSchemas schemas)
        {
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { Name: "ColumnAttribute" or "TableAttribute" }
                    || attribute.AttributeClass.ContainingNamespace?.ToDisplayString() != "System.ComponentModel.DataAnnotations.Schema"
                    || attribute.ConstructorArguments.Length == 0
                    || attribute.ConstructorArguments[0].Value is not string name
                    || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
                {
                    continue;
                }

                Location location = syntax.ArgumentList?.Arguments.Count > 0 ? syntax.ArgumentList.Arguments[0].GetLocation() : syntax.GetLocation();
                if (attribute.AttributeClass.Name == "ColumnAttribute" && context.Symbol is IPropertySymbol property)
                {
                    CheckColumn(context.ReportDiagnostic, schemas, property.ContainingType, property.Name, name, location);
                }
                else if (attribute.AttributeClass.Name == "TableAttribute" && context.Symbol is INamedTypeSymbol type)
                {
                    CheckTable(context.ReportDiagnostic, schemas, type, name, location);
                }
            }
        }

        private static void AnalyzeFluentCall(OperationAnalysisContext context, DataShapeSchemas schemas)
        {
            var invocation = (IInvocationOperation)context.Operation;
            string method = invocation.TargetMethod.Name;
            if ((method != "HasColumnName" && method != "ToTable")
                || EfNames.IsInsideMigrationCode(context.ContainingSymbol)
                || invocation.Arguments.Length < 2
                || invocation.Arguments[1].Value.ConstantValue is not { HasValue: true, Value: string name })
            {
                return;
            }

            // Extension methods: argument 0 is the builder the call is made on.
            IOperation builder = invocation.Arguments[0].Value;
            while (builder is IConversionOperation conversion)
            {
                builder = conversion.Operand;
            }

            Location location = invocation.Arguments[1].Syntax.GetLocation();
            if (method == "ToTable" && EntityOf(builder.Type) is { } entity)
            {
                CheckTable(context.ReportDiagnostic, schemas, entity, name, location);
            }
            else if (method == "HasColumnName" && PropertyOf(builder) is ({ } owner, { } property))
            {
                CheckColumn(context.ReportDiagnostic, schemas, owner, property, name, location);
            }
        }

        /// <summary>TEntity of an <c>EntityTypeBuilder&lt;TEntity&gt;</c>.</summary>
        private static INamedTypeSymbol? EntityOf(ITypeSymbol? builder) =>
            builder is INamedTypeSymbol { TypeArguments.Length: 1 } named && EfNames.IsEntityTypeBuilder(named)
                ? named.TypeArguments[0] as INamedTypeSymbol
                : null;

        /// <summary>
        /// The entity and property of <c>b.Property(u =&gt; u.Email)</c> or <c>b.Property&lt;string&gt;("Email")</c>,
        /// through any calls chained between it and <c>HasColumnName</c>.
        /// </summary>
        private static (INamedTypeSymbol?, string?) PropertyOf(IOperation builder)
        {
            IOperation? current = builder;
            for (int depth = 0; current is IInvocationOperation call && depth < 16; depth++)
            {
                if (call.TargetMethod.Name == "Property" && call.Instance != null && EntityOf(call.Instance.Type) is { } entity && call.Arguments.Length == 1)
                {
                    IOperation argument = call.Arguments[0].Value;
                    if (argument.ConstantValue is { HasValue: true, Value: string name })
                    {
                        return (entity, name);
                    }

                    if (argument.Syntax is SimpleLambdaExpressionSyntax { Body: MemberAccessExpressionSyntax access })
                    {
                        return (entity, access.Name.Identifier.ValueText);
                    }

                    return (null, null);
                }

                current = call.Instance ?? (call.Arguments.Length > 0 ? Unwrap(call.Arguments[0].Value) : null);
            }

            return (null, null);
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static void CheckColumn(System.Action<Diagnostic> report, DataShapeSchemas schemas, INamedTypeSymbol owner, string property, string column, Location location)
        {
            if (DataShapeSchemas.FindEntity(schemas.Index, owner) is not ({ } context, { } entity))
            {
                return;
            }

            foreach (SnapshotProperty snapshotProperty in entity.Properties)
            {
                if (snapshotProperty.Name == property)
                {
                    if (!SqlNames.Same(snapshotProperty.Column, column))
                    {
                        report(Diagnostic.Create(Descriptors.MappingNotInSnapshot, location,
                            $"{owner.Name}.{property} is mapped to column '{column}', but the model snapshot of {context.ShortContext} maps it to '{snapshotProperty.Column}': add a migration (latest is '{context.LatestMigration}')"));
                    }

                    return;
                }
            }

            report(Diagnostic.Create(Descriptors.MappingNotInSnapshot, location,
                $"{owner.Name}.{property} is mapped to column '{column}', but the model snapshot of {context.ShortContext} has no such property: add a migration (latest is '{context.LatestMigration}')"));
        }

        private static void CheckTable(System.Action<Diagnostic> report, DataShapeSchemas schemas, INamedTypeSymbol entityType, string table, Location location)
        {
            if (DataShapeSchemas.FindEntity(schemas.Index, entityType) is ({ } context, { Table: { } snapshotTable })
                && !SqlNames.Same(snapshotTable, table))
            {
                report(Diagnostic.Create(Descriptors.MappingNotInSnapshot, location,
                    $"{entityType.Name} is mapped to table '{table}', but the model snapshot of {context.ShortContext} maps it to '{snapshotTable}': add a migration (latest is '{context.LatestMigration}')"));
            }
        }
    }
}
