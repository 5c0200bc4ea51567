using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParityKit.Analyzers.Flags
{
    /// <summary>Reads flag states from the appsettings*.json files the package adds as AdditionalFiles.</summary>
    internal static class FlagConfigurationFiles
    {
        public static ProductionFlagConfiguration ReadProduction(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken) =>
            ProductionFlagConfiguration.Empty;
    }
}
