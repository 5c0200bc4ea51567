namespace ParityKit.Analyzers.Declarations
{
    /// <summary><c>[assembly: ParityApp("storefront")]</c>: the application's name in the manifest.</summary>
    internal sealed record AppDeclaration(string Name);
}
