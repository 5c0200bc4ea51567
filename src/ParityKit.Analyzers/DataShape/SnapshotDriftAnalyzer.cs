using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>
    /// PK1005: the schema the migration chain replays to and the model snapshot disagree (a table or column one has
    /// and the other lacks, or a column's nullability). Reported on the model snapshot class. Tables shared by several
    /// entities (TPH, owned types, table splitting) are compared by their table only: their column names and
    /// nullability follow conventions ParityKit does not re-derive.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SnapshotDriftAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MigrationsDisagreeWithSnapshot);

        public override void Initialize(AnalysisContext context)
        {
            // The snapshot is generated code: this rule exists to report on it, so generated code is analysed here.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (ParityKitOptions.ShouldSkipProject(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
                {
                    return;
                }

                DataShapeSchemas schemas = DataShapeSchemas.For(start.Compilation);
                start.RegisterSymbolAction(c => Analyze(c, schemas), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, DataShapeSchemas schemas)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!EfNames.IsModelSnapshot(type) || type.Locations.Length == 0 || EfNames.ContextOf(type) is not { } contextName
                || schemas.Own.Value is not { } own)
            {
                return;
            }

            foreach (ContextSchema schema in own.Contexts)
            {
                if (schema.Context == contextName && schema.Snapshot != null && !schema.Migrations.IsEmpty)
                {
                    foreach (string difference in Compare(schema))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.MigrationsDisagreeWithSnapshot, type.Locations[0],
                            $"The migrations of {schema.ShortContext} (up to '{schema.LatestMigration}') and its model snapshot disagree: {difference}"));
                    }
                }
            }
        }

        internal static IEnumerable<string> Compare(ContextSchema schema)
        {
            var snapshotTables = new Dictionary<string, List<SnapshotEntity>>(SqlNames.Comparer);
            foreach (SnapshotEntity entity in schema.Snapshot!.Entities)
            {
                if (entity.Table == null)
                {
                    continue;
                }

                if (!snapshotTables.TryGetValue(entity.Table, out List<SnapshotEntity>? entities))
                {
                    entities = new List<SnapshotEntity>();
                    snapshotTables.Add(entity.Table, entities);
                }

                entities.Add(entity);
            }

            foreach (KeyValuePair<string, List<SnapshotEntity>> pair in snapshotTables)
            {
                SchemaTable? table = DataShapeSchemas.FindTable(schema, pair.Key);
                if (table == null)
                {
                    yield return $"table '{pair.Key}' is in the snapshot, but no migration creates it";
                    continue;
                }

                if (pair.Value.Count != 1 || pair.Value[0].Owned)
                {
                    continue;
                }

                var columns = new Dictionary<string, SchemaColumn>(SqlNames.Comparer);
                foreach (SchemaColumn column in table.Columns)
                {
                    columns[column.Name] = column;
                }

                var snapshotColumns = new HashSet<string>(SqlNames.Comparer);
                foreach (SnapshotProperty property in pair.Value[0].Properties)
                {
                    snapshotColumns.Add(property.Column);
                    if (!columns.TryGetValue(property.Column, out SchemaColumn? column))
                    {
                        yield return $"column '{table.Name}.{property.Column}' is in the snapshot, but no migration creates it";
                    }
                    else if (column.Nullable == property.Required)
                    {
                        yield return $"column '{table.Name}.{property.Column}' is {(column.Nullable ? "nullable" : "NOT NULL")} after the migrations, but {(property.Required ? "required" : "optional")} in the snapshot";
                    }
                }

                foreach (SchemaColumn column in table.Columns)
                {
                    if (!snapshotColumns.Contains(column.Name))
                    {
                        yield return $"column '{table.Name}.{column.Name}' is created by the migrations, but the snapshot has no property for it";
                    }
                }
            }

            foreach (SchemaTable table in schema.Tables)
            {
                if (!snapshotTables.ContainsKey(table.Name))
                {
                    yield return $"table '{table.Name}' is created by the migrations, but the snapshot maps no entity to it";
                }
            }
        }
    }
}
