using System;

namespace ParityKit
{
    /// <summary>Marks a static partial class whose static methods return the typed rows of a named seed baseline.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class SeedBaselineAttribute : Attribute
    {
        /// <param name="name">The seed baseline's name (e.g. <c>default</c>).</param>
        public SeedBaselineAttribute(string name) => Name = name;

        /// <summary>The seed baseline's name.</summary>
        public string Name { get; }
    }
}
