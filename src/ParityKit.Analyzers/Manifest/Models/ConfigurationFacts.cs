using ParityKit.Analyzers.Common;
using ParityKit.Analyzers.Settings;

namespace ParityKit.Analyzers.Manifest.Models
{
    /// <summary>What the code reads and what the production-shaped <c>appsettings</c> files hold, for the manifest's keys.</summary>
    /// <param name="Reads">Every configuration read, ordered by file and line.</param>
    /// <param name="AppSettings">The keys of <c>appsettings.json</c> and <c>appsettings.Production.json</c>, ordered by file then position.</param>
    /// <param name="ProjectDirectory">MSBuild's <c>ProjectDir</c>, to make read sites project-relative; <see langword="null"/> when unknown.</param>
    internal sealed record ConfigurationFacts(EquatableArray<ReadSite> Reads, EquatableArray<AppSettingsEntry> AppSettings, string? ProjectDirectory);
}
