namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// The analyzer's copy of <c>ParityKit.ApiTier</c> (same numeric values): the analyzer assembly does not reference the
    /// annotations, it reads the enum's constant from attribute data.
    /// </summary>
    internal enum ApiTierValue
    {
        Sandbox = 0,
        Live = 1,
    }
}
