using System;

namespace ParityKit
{
    /// <summary>
    /// Declares a non-secret setting the app reads (an <c>IConfiguration</c> key such as <c>Checkout:Currency</c>).
    /// A setting with a <see cref="Default"/> is optional; one without is required unless <see cref="Required"/> says otherwise.
    /// </summary>
    /// <example><code>[assembly: RequiresSetting("Checkout:Currency", Default = "USD")]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class RequiresSettingAttribute : Attribute
    {
        /// <param name="key">The configuration key, with <c>:</c> separators.</param>
        public RequiresSettingAttribute(string key) => Key = key;

        /// <summary>The configuration key, with <c>:</c> separators.</summary>
        public string Key { get; }

        /// <summary>The value used when the environment provides none. Never put a secret here.</summary>
        public string? Default { get; set; }

        /// <summary>Whether a provisioner must supply a value. Defaults to <see langword="true"/> when there is no <see cref="Default"/>.</summary>
        public bool Required { get; set; } = true;
    }
}
