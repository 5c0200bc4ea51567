using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>Every valid declaration of the compilation, each kind in source order (duplicates still in).</summary>
    internal sealed record DeclarationSet(
        EquatableArray<AppDeclaration> Apps,
        EquatableArray<SettingDeclaration> Settings,
        EquatableArray<SecretDeclaration> Secrets,
        EquatableArray<ThirdPartyApiDeclaration> ThirdPartyApis);
}
