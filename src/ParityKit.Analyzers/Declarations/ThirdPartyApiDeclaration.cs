namespace ParityKit.Analyzers.Declarations
{
    /// <summary><c>[assembly: ThirdPartyApi("stripe", ConfigKey = ..., Live = ..., Sandbox = ..., KeySetting = ...)]</c>.</summary>
    internal sealed record ThirdPartyApiDeclaration(
        string Name,
        string? ConfigKey,
        string? Live,
        string? Sandbox,
        string? KeySetting,
        ApiTierValue PreviewTier);
}
