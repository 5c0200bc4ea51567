namespace ParityKit
{
    /// <summary>The tier of a third-party API an environment talks to.</summary>
    public enum ApiTier
    {
        /// <summary>The vendor's sandbox or test tier.</summary>
        Sandbox = 0,

        /// <summary>The vendor's live (production) tier.</summary>
        Live = 1,
    }
}
