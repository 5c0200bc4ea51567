using System;

namespace ParityKit
{
    /// <summary>Names the application in the provisioning manifest (defaults to the assembly name).</summary>
    /// <example><code>[assembly: ParityApp("storefront")]</code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class ParityAppAttribute : Attribute
    {
        /// <param name="name">The application's name as a provisioner knows it.</param>
        public ParityAppAttribute(string name) => Name = name;

        /// <summary>The application's name as a provisioner knows it.</summary>
        public string Name { get; }
    }
}
