using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Seeds.Models
{
    /// <summary>
    /// A <c>[SeedBaseline("name")]</c> class as read from source. <see cref="CanGenerate"/> is false when the class is
    /// not a top-level static partial class (nothing can be added to it); <see cref="Exportable"/> is false when a row
    /// is not made of constants (the analyzer says which), so no hash or export is produced rather than a guess.
    /// </summary>
    internal sealed record SeedClassModel(
        string Name,
        string? Namespace,
        string ClassName,
        bool IsPublic,
        bool CanGenerate,
        bool Exportable,
        EquatableArray<SeedRowSet> Sets)
    {
        /// <summary>The class's full name (namespace and name), which decides among seeds that share a name.</summary>
        public string FullName => Namespace == null ? ClassName : Namespace + "." + ClassName;
    }
}
