namespace Storefront.Settings;

/// <summary>Bound from the "Mail" section: ParityKit lists Mail:Host, Mail:Port and Mail:Password (a secret) in the manifest.</summary>
public sealed class MailOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public string Password { get; set; } = "";
}
