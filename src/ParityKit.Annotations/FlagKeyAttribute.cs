using System;

namespace ParityKit
{
    /// <summary>Marks a string parameter of the app's own flag reader as a flag key, so reads through it are checked.</summary>
    /// <example><code>bool IsEnabled([FlagKey] string key);</code></example>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
    public sealed class FlagKeyAttribute : Attribute
    {
    }
}
