namespace Storefront.Onboarding;

/// <summary>The links of the welcome e-mail.</summary>
public sealed class WelcomeEmail(IConfiguration configuration)
{
    // PK5001: every preview's e-mails would send new users to the shared staging environment and its warm caches.
    public static string LegacyLink(string userId) => $"https://staging.storefront.example/onboarding?user={userId}";

    // Fixed: the app's own URL comes from the setting declared with [assembly: BaseUrlSetting("App:BaseUrl")], which a
    // provisioner fills with each preview's unique URL.
    public string Link(string userId) =>
        $"{configuration["App:BaseUrl"] ?? throw new InvalidOperationException("Configuration value 'App:BaseUrl' is missing.")}/onboarding?user={userId}";
}
