namespace ParityKit.Analyzers.Seeds.Models
{
    /// <summary>The JSON kind of a seed value.</summary>
    internal enum SeedValueKind
    {
        Null,
        Boolean,
        Number,
        String,
    }

    /// <summary>
    /// One member a seed row sets, and its compile-time constant value in canonical text: <c>true</c>/<c>false</c>,
    /// a number in JSON's invariant form, or the string itself.
    /// </summary>
    internal sealed record SeedValue(string Member, SeedValueKind Kind, string Text);
}
