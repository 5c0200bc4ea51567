using System.Collections.Generic;
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
    /// PK1004: a row in a <c>[SeedBaseline]</c> class that cannot be inserted into the schema the migrations produce:
    /// it sets a scalar member the model snapshot has no column for, or leaves a required (NOT NULL, no default, not
    /// generated) reference-typed column unset. Value types always carry a value, navigations are not columns, and a
    /// member with an initializer in its class is set; none of those is reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SeedSchemaAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SeedOutsideSchema);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? seedBaseline = start.Compilation.GetTypeByMetadataName(MetadataNames.SeedBaselineAttribute);
                if (seedBaseline == null || ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                DataShapeSchemas schemas = DataShapeSchemas.For(start.Compilation);
                start.RegisterOperationAction(c => Analyze(c, seedBaseline, schemas), OperationKind.ObjectCreation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol seedBaseline, DataShapeSchemas schemas)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol type
                || !InSeedBaseline(context.ContainingSymbol, seedBaseline)
                || DataShapeSchemas.FindEntity(schemas.Index, type) is not ({ } schema, { } entity))
            {
                return;
            }

            var snapshotProperties = new Dictionary<string, SnapshotProperty>();
            foreach (SnapshotProperty property in entity.Properties)
            {
                snapshotProperties[property.Name] = property;
            }

            var set = new HashSet<string>();
            if (creation.Initializer != null)
            {
                foreach (IOperation initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } member } target })
                    {
                        set.Add(member.Name);
                        if (IsScalar(member.Type) && !snapshotProperties.ContainsKey(member.Name))
                        {
                            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SeedOutsideSchema, target.Syntax.GetLocation(),
                                $"The seed sets {type.Name}.{member.Name}, which has no column in table '{entity.Table}' of {schema.ShortContext} (latest migration '{schema.LatestMigration}')"));
                        }
                    }
                }
            }

            foreach (SnapshotProperty property in entity.Properties)
            {
                if (property.Required && !property.Generated && IsReferenceClrType(property.ClrType)
                    && !set.Contains(property.Name) && !HasInitializer(type, property.Name, context))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.SeedOutsideSchema, TypeLocation(creation),
                        $"The seed leaves {type.Name}.{property.Name} unset, but column '{property.Column}' of table '{entity.Table}' is required ({schema.ShortContext}, latest migration '{schema.LatestMigration}')"));
                }
            }
        }

        private static bool InSeedBaseline(ISymbol? symbol, INamedTypeSymbol seedBaseline)
        {
            for (INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type != null; type = type.ContainingType)
            {
                foreach (AttributeData attribute in type.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, seedBaseline))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Values a column holds: value types, strings and byte arrays. Entities and collections are navigations.</summary>
        private static bool IsScalar(ITypeSymbol type) =>
            type.IsValueType
            || type.SpecialType == SpecialType.System_String
            || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

        private static bool IsReferenceClrType(string? clrType) => clrType is "string" or "byte[]";

        private static bool HasInitializer(INamedTypeSymbol type, string name, OperationAnalysisContext context)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(context.CancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value } && !IsNull(value))
                    {
                        return true;
                    }
                }

                if (member is IPropertySymbol { IsRequired: true })
                {
                    // A C# 'required' member is already enforced by the compiler.
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>= null!</c> and <c>= default!</c> silence the compiler; the row still inserts NULL.</summary>
        private static bool IsNull(ExpressionSyntax value)
        {
            while (value is PostfixUnaryExpressionSyntax { OperatorToken.ValueText: "!" } suppressed)
            {
                value = suppressed.Operand;
            }

            return value is LiteralExpressionSyntax literal
                && (literal.Token.ValueText == "null" || literal.Token.ValueText == "default");
        }

        private static Location TypeLocation(IObjectCreationOperation creation) => creation.Syntax switch
        {
            ObjectCreationExpressionSyntax explicitType => explicitType.Type.GetLocation(),
            ImplicitObjectCreationExpressionSyntax implicitType => implicitType.NewKeyword.GetLocation(),
            _ => creation.Syntax.GetLocation(),
        };
    }
}
