using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Declarations;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>Every valid browser-state declaration of the compilation, each kind in source order (duplicates still in).</summary>
    internal sealed record BrowserDeclarationSet(
        EquatableArray<BaseUrlSettingDeclaration> BaseUrlSettings,
        EquatableArray<ClientStorageKeyDeclaration> StorageKeys,
        EquatableArray<ServiceWorkerDeclaration> ServiceWorkers);
}
