namespace ParityKit.Analyzers.Declarations
{
    /// <summary>
    /// <c>[assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]</c>: a secret the app reads.
    /// There is deliberately no value here: only the key and where a provisioner fetches it from.
    /// </summary>
    internal sealed record SecretDeclaration(string Key, string? Source, bool Required);
}
