using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>A setting in the manifest: declared with <c>[RequiresSetting]</c>, or a key the code reads.</summary>
    /// <param name="Key">The key as declared (or as first written).</param>
    /// <param name="Default">The declared default, or the value of <c>appsettings(.Production).json</c>; never a secret.</param>
    /// <param name="Required">Whether an environment must supply a value.</param>
    /// <param name="IsDeclared">Whether a <c>[RequiresSetting]</c> declares it (only those get typed constants and the startup check).</param>
    /// <param name="ReadAt">Where the code reads it: <c>path:line</c>, project-relative, ordinal order.</param>
    internal sealed record ManifestSetting(string Key, string? Default, bool Required, bool IsDeclared, EquatableArray<string> ReadAt);

    /// <summary>A secret in the manifest: declared with <c>[RequiresSecret]</c>, or a read key whose name or value is a secret's.</summary>
    internal sealed record ManifestSecret(string Key, string? Source, bool Required, bool IsDeclared, EquatableArray<string> ReadAt);
}
