using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.DataShape.Schema;
using ParityKit.Analyzers.DataShape.Sinks;
using ParityKit.Analyzers.DataShape.Sql;
using ParityKit.Analyzers.Diagnostics;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>
    /// PK1001/PK1002: raw SQL passed to a sink (EF Core, Dapper, ADO.NET) that names a column or table the
    /// migrations renamed or dropped, or a column a known table does not have. The schema is read once per
    /// compilation, and only when a sink is met; SQL inside migrations and snapshots is never checked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RawSqlSchemaAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the name as the SQL writes it.</summary>
        public const string OldNameProperty = "OldName";

        /// <summary>Diagnostic property: the name the migrations gave it; present only for renames, which the code fix applies.</summary>
        public const string NewNameProperty = "NewName";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RenamedOrDroppedColumnInSql, Descriptors.RenamedOrDroppedTableInSql);

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

                var analysis = new CompilationAnalysis(DataShapeSchemas.For(start.Compilation));
                start.RegisterOperationAction(c => analysis.Analyze(c, SqlSinks.SqlArgument((IInvocationOperation)c.Operation)), OperationKind.Invocation);
                start.RegisterOperationAction(c => analysis.Analyze(c, SqlSinks.SqlArgument((IObjectCreationOperation)c.Operation)), OperationKind.ObjectCreation);
                start.RegisterOperationAction(c => analysis.Analyze(c, SqlSinks.SqlArgument((ISimpleAssignmentOperation)c.Operation)), OperationKind.SimpleAssignment);
            });
        }

        private sealed class CompilationAnalysis
        {
            private readonly DataShapeSchemas _schemas;

            // One report per name and place, however many sink calls an operation tree nests.
            private readonly ConcurrentDictionary<(SyntaxTree?, int, int, string), byte> _reported = new();

            public CompilationAnalysis(DataShapeSchemas schemas)
            {
                _schemas = schemas;
            }

            public void Analyze(OperationAnalysisContext context, IOperation? sql)
            {
                if (sql == null || EfNames.IsInsideMigrationCode(context.ContainingSymbol))
                {
                    return;
                }

                SchemaIndex index = _schemas.Index;
                if (index.IsEmpty || SqlSourceBuilder.TryBuild(sql, context.CancellationToken) is not { } source)
                {
                    return;
                }

                SqlReferences references = SqlReferenceExtractor.Extract(source.Text);
                foreach (SqlFinding finding in SqlSchemaChecker.Check(references, index))
                {
                    Report(context, sql, source, finding);
                }
            }

            private void Report(OperationAnalysisContext context, IOperation sql, SqlSource source, SqlFinding finding)
            {
                // Quoted names are located by the name inside the quotes, so a rename keeps the quoting.
                Location location = source.Locate(finding.Token.ValueStart, finding.Token.ValueStart + finding.Token.ValueLength, out bool exact);
                DiagnosticDescriptor descriptor = finding.IsColumnRule ? Descriptors.RenamedOrDroppedColumnInSql : Descriptors.RenamedOrDroppedTableInSql;

                // A name inside a constant declared elsewhere in the file is reported at the use (diagnostics stay
                // local to the code being analysed, which the IDE needs to offer the fix) and the fix edits the
                // declaration, passed as the additional location.
                Location[] additional = System.Array.Empty<Location>();
                SyntaxNode analyzed = context.Operation.Syntax;
                if (location.SourceTree != analyzed.SyntaxTree || !analyzed.Span.Contains(location.SourceSpan))
                {
                    additional = exact ? new[] { location } : additional;
                    location = sql.Syntax.GetLocation();
                }

                if (!_reported.TryAdd((location.SourceTree, location.SourceSpan.Start, location.SourceSpan.Length, descriptor.Id + finding.Name), 0))
                {
                    return;
                }

                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(OldNameProperty, finding.Name);
                if (exact && finding.NewName != null)
                {
                    properties = properties.Add(NewNameProperty, finding.NewName);
                }

                context.ReportDiagnostic(finding.IsColumnRule
                    ? Diagnostic.Create(
                        descriptor,
                        location,
                        additional,
                        properties,
                        finding.Name,
                        finding.Table,
                        finding.Kind == SqlFindingKind.RenamedColumn ? "renamed to '" + finding.NewName + "'" : "dropped",
                        finding.Migration,
                        finding.Context.ShortContext)
                    : Diagnostic.Create(descriptor, location, additional, properties, DataShapeMessages.TableFinding(finding)));
            }
        }
    }
}
