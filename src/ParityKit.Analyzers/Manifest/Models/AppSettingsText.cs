using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>One production-shaped <c>appsettings</c> file's keys, with its path to order files deterministically.</summary>
    internal sealed record AppSettingsText(string Path, EquatableArray<AppSettingsEntry> Entries);
}
