using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Settings
{
    /// <summary>Where a declared key comes from.</summary>
    internal enum DeclaredKeySource
    {
        /// <summary><c>[assembly: RequiresSetting]</c>.</summary>
        Setting,

        /// <summary><c>[assembly: RequiresSecret]</c>.</summary>
        Secret,

        /// <summary>The <c>ConfigKey</c> of a <c>[assembly: ThirdPartyApi]</c>: a provisioner sets it to the tier's URL.</summary>
        ThirdPartyApi,

        /// <summary>A key with a value in <c>appsettings.json</c> or <c>appsettings.Production.json</c>.</summary>
        AppSettings,
    }

    /// <summary>A key the app declares, with the facts the settings rules need.</summary>
    internal sealed class DeclaredKey
    {
        public DeclaredKey(string key, DeclaredKeySource source, bool required, Location? location)
        {
            Key = key;
            Source = source;
            Required = required;
            Location = location;
        }

        /// <summary>The key as declared.</summary>
        public string Key { get; }

        public DeclaredKeySource Source { get; }

        /// <summary>Whether an environment must supply a value (a secret or a setting without a default).</summary>
        public bool Required { get; }

        /// <summary>The declaring attribute; <see langword="null"/> for appsettings keys.</summary>
        public Location? Location { get; }

        public bool IsAttribute => Source is DeclaredKeySource.Setting or DeclaredKeySource.Secret;
    }
}
