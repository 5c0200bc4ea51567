using ParityKit.Analyzers.Common;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>
    /// The manifest's <c>browser</c> section: what a provisioner or test runner sets or clears so a preview starts with a
    /// clean browser context. Keys and paths are distinct and sorted in ordinal order.
    /// </summary>
    /// <param name="BaseUrlSetting">The setting the provisioner fills with the preview's own URL, or <see langword="null"/>.</param>
    /// <param name="StorageKeys">localStorage/sessionStorage keys the app writes.</param>
    /// <param name="ServiceWorkers">Service-worker scripts, project-relative with '/' separators.</param>
    internal sealed record BrowserSection(string? BaseUrlSetting, EquatableArray<string> StorageKeys, EquatableArray<string> ServiceWorkers)
    {
        public static BrowserSection Empty { get; } = new(null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
    }
}
