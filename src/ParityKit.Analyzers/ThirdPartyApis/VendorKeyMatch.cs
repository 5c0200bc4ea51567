namespace ParityKit.Analyzers.ThirdPartyApis
{
    /// <summary>The tier a key's prefix says it belongs to.</summary>
    internal enum KeyTier
    {
        /// <summary>Test mode / sandbox (<c>sk_test_</c>).</summary>
        Test,

        /// <summary>Live / production (<c>sk_live_</c>).</summary>
        Live,

        /// <summary>The prefix does not say (<c>whsec_</c>: test and live signing secrets look alike).</summary>
        Unknown,
    }

    /// <summary>A vendor key found in a literal: where it is and what its prefix says. The key itself is never kept.</summary>
    internal sealed class VendorKeyMatch
    {
        public VendorKeyMatch(Vendor vendor, string prefix, KeyTier tier, bool isSecret, int start, int length)
        {
            Vendor = vendor;
            Prefix = prefix;
            Tier = tier;
            IsSecret = isSecret;
            Start = start;
            Length = length;
        }

        public Vendor Vendor { get; }

        public string Prefix { get; }

        public KeyTier Tier { get; }

        /// <summary>False for keys the vendor publishes on purpose (Stripe's <c>pk_</c> keys).</summary>
        public bool IsSecret { get; }

        /// <summary>Where the key starts in the scanned text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>Live secret keys are errors; everything else a warning.</summary>
        public bool IsError => Tier == KeyTier.Live && IsSecret;

        /// <summary>"A Stripe live secret key", "A Stripe test-mode publishable key", "A Stripe secret".</summary>
        public string Describe()
        {
            string kind = IsSecret ? "secret key" : "publishable key";
            return Tier switch
            {
                KeyTier.Live => "A " + Vendor.Name + " live " + kind,
                KeyTier.Test => "A " + Vendor.Name + " test-mode " + kind,
                _ => "A " + Vendor.Name + " secret",
            };
        }

        /// <summary>Why it matters, for the message.</summary>
        public string Consequence() => Tier switch
        {
            KeyTier.Live when IsSecret => "every environment that runs this code acts on production with it, and everyone who can read the repository holds it (rotate it)",
            KeyTier.Live => "previews built from this code talk to the live tier",
            KeyTier.Test => "production never accepts it, so whatever was checked against the vendor's test mode says nothing about production",
            _ => "every environment gets the same value, whichever tier it belongs to",
        };

        /// <summary>The configuration key the code fix reads instead: <c>Stripe:ApiKey</c>, <c>Stripe:WebhookSecret</c>, <c>Stripe:PublishableKey</c>.</summary>
        public string SuggestedConfigKey()
        {
            string name = Prefix.StartsWith("whsec", System.StringComparison.Ordinal) ? "WebhookSecret"
                : !IsSecret ? "PublishableKey"
                : Prefix.StartsWith("access", System.StringComparison.OrdinalIgnoreCase) ? "AccessToken"
                : "ApiKey";
            return Vendor.ConfigPrefix + ":" + name;
        }
    }
}
