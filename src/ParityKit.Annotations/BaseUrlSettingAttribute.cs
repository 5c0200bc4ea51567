using System;

namespace ParityKit
{
    /// <summary>Declares the setting that holds the app's own base URL, which a preview provisioner fills with the preview's unique URL.</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class BaseUrlSettingAttribute : Attribute
    {
        /// <param name="key">The configuration key.</param>
        public BaseUrlSettingAttribute(string key) => Key = key;

        /// <summary>The configuration key.</summary>
        public string Key { get; }
    }
}
