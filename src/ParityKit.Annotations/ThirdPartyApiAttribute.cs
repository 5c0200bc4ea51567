using System;

namespace ParityKit
{
    /// <summary>
    /// Declares a third-party API the app calls: the configuration key that holds its base URL, its live and sandbox
    /// endpoints, and the tier a preview environment uses.
    /// </summary>
    /// <example><code>
    /// [assembly: ThirdPartyApi("paypal", ConfigKey = "PayPal:BaseUrl",
    ///     Live = "https://api-m.paypal.com", Sandbox = "https://api-m.sandbox.paypal.com", PreviewTier = ApiTier.Sandbox)]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ThirdPartyApiAttribute : Attribute
    {
        /// <param name="name">A short, stable name for the API (e.g. <c>stripe</c>).</param>
        public ThirdPartyApiAttribute(string name) => Name = name;

        /// <summary>A short, stable name for the API.</summary>
        public string Name { get; }

        /// <summary>The configuration key that holds the API's base URL.</summary>
        public string? ConfigKey { get; set; }

        /// <summary>The live (production) base URL.</summary>
        public string? Live { get; set; }

        /// <summary>The sandbox (test tier) base URL.</summary>
        public string? Sandbox { get; set; }

        /// <summary>The configuration key of the API's credential, declared with <see cref="RequiresSecretAttribute"/>.</summary>
        public string? KeySetting { get; set; }

        /// <summary>The tier a preview environment uses. Production always uses <see cref="ApiTier.Live"/>.</summary>
        public ApiTier PreviewTier { get; set; } = ApiTier.Sandbox;
    }
}
