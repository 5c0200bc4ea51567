using ParityKit.Analyzers.DataShape.Sql;

namespace ParityKit.Analyzers.DataShape
{
    /// <summary>The text of the data-shape messages whose wording depends on what was found.</summary>
    internal static class DataShapeMessages
    {
        public static string TableFinding(SqlFinding finding) => finding.Kind switch
        {
            SqlFindingKind.RenamedTable =>
                $"Table '{finding.Name}' was renamed to '{finding.NewName}' by migration '{finding.Migration}' ({finding.Context.ShortContext}); this SQL still names '{finding.Name}'",
            SqlFindingKind.DroppedTable =>
                $"Table '{finding.Name}' was dropped by migration '{finding.Migration}' ({finding.Context.ShortContext}); this SQL still names it",
            _ =>
                $"Column '{finding.Name}' is not a column of table '{finding.Table}' in the schema the migrations of {finding.Context.ShortContext} produce"
                + (finding.Migration == null ? string.Empty : $" (latest migration '{finding.Migration}')"),
        };
    }
}
