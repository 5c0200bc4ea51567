using System;

namespace ParityKit
{
    /// <summary>Declares a browser storage key (localStorage/sessionStorage) the app writes, so test runners know what to clear.</summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ClientStorageKeyAttribute : Attribute
    {
        /// <param name="key">The storage key.</param>
        public ClientStorageKeyAttribute(string key) => Key = key;

        /// <summary>The storage key.</summary>
        public string Key { get; }
    }
}
