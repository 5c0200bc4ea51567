using System;

namespace ParityKit
{
    /// <summary>Marks the member of a seeded entity that flag targeting uses as the user id.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public sealed class TargetingIdAttribute : Attribute
    {
    }
}
