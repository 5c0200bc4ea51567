namespace ParityKit.Analyzers.Declarations
{
    /// <summary><c>[assembly: RequiresSetting("Checkout:Currency", Default = "USD")]</c>: a non-secret setting the app reads.</summary>
    /// <param name="Key">The configuration key as written.</param>
    /// <param name="Default">The value used when the environment has none; settings are non-secret by declaration.</param>
    /// <param name="Required">Whether a provisioner must supply a value (already resolved against <paramref name="Default"/>).</param>
    internal sealed record SettingDeclaration(string Key, string? Default, bool Required);
}
