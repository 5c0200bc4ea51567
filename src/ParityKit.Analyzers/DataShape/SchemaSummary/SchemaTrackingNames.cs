namespace ParityKit.Analyzers.DataShape.SchemaSummary
{
    /// <summary>Step names of the schema summary generator's pipeline, for the caching tests.</summary>
    internal static class SchemaTrackingNames
    {
        public const string MigrationHeaders = "ParityKit.Schema.MigrationHeaders";
        public const string MigrationBodies = "ParityKit.Schema.MigrationBodies";
        public const string Snapshots = "ParityKit.Schema.Snapshots";
        public const string Provider = "ParityKit.Schema.Provider";
        public const string Schema = "ParityKit.Schema.Schema";
        public const string AllMigrationHeaders = "ParityKit.Schema.AllMigrationHeaders";
        public const string AllMigrationBodies = "ParityKit.Schema.AllMigrationBodies";
        public const string AllSnapshots = "ParityKit.Schema.AllSnapshots";
        public const string HeadersAndBodies = "ParityKit.Schema.HeadersAndBodies";
        public const string MigrationsAndSnapshots = "ParityKit.Schema.MigrationsAndSnapshots";
        public const string SchemaInputs = "ParityKit.Schema.SchemaInputs";
        public const string ReferencedSchemas = "ParityKit.Schema.ReferencedSchemas";
    }
}
