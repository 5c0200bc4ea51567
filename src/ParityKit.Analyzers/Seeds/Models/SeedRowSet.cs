using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Seeds.Models
{
    /// <summary>
    /// The rows one static method of a <c>[SeedBaseline]</c> class returns. <see cref="EntityType"/> is the CLR name as
    /// EF Core records it (<c>Shop.User</c>); <see cref="EntityTypeSyntax"/> the <c>global::</c>-qualified C# name.
    /// <see cref="TargetingMember"/> is the entity's <c>[TargetingId]</c> member, if it has one.
    /// <see cref="ReferencedEntities"/> and <see cref="CollectionEntities"/> are the entity types its reference and
    /// collection navigations point at, from which the export orders tables principal-first.
    /// </summary>
    internal sealed record SeedRowSet(
        string Method,
        string EntityType,
        string EntityTypeSyntax,
        string? TargetingMember,
        EquatableArray<string> ReferencedEntities,
        EquatableArray<string> CollectionEntities,
        EquatableArray<SeedRow> Rows);
}
