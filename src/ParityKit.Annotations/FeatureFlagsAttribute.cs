using System;

namespace ParityKit
{
    /// <summary>Marks a class whose <c>const string</c> fields are flag keys, each with a <see cref="BaselineAttribute"/>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public sealed class FeatureFlagsAttribute : Attribute
    {
    }
}
