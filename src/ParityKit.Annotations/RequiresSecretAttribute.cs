using System;

namespace ParityKit
{
    /// <summary>
    /// Declares a secret the app reads. The manifest carries its key and where a provisioner fetches it from, never a value.
    /// </summary>
    /// <example><code>[assembly: RequiresSecret("Stripe:ApiKey", Source = "vault:payments/stripe")]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class RequiresSecretAttribute : Attribute
    {
        /// <param name="key">The configuration key, with <c>:</c> separators.</param>
        public RequiresSecretAttribute(string key) => Key = key;

        /// <summary>The configuration key, with <c>:</c> separators.</summary>
        public string Key { get; }

        /// <summary>Where a provisioner obtains the value, e.g. <c>vault:payments/stripe</c>. A location, never the value.</summary>
        public string? Source { get; set; }

        /// <summary>Whether a provisioner must supply a value. Secrets are required unless said otherwise.</summary>
        public bool Required { get; set; } = true;
    }
}
