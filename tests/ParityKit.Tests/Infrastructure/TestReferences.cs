using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using ParityKit;

namespace ParityKit.Tests.Infrastructure;

/// <summary>
/// References for test compilations: the net10.0 reference assemblies shipped in a package (nothing is downloaded at
/// test time) plus ParityKit.Annotations.
/// </summary>
public static class TestReferences
{
    /// <summary>A <see cref="ReferenceAssemblies"/> that resolves nothing itself; <see cref="All"/> is added instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static MetadataReference Annotations { get; } =
        MetadataReference.CreateFromFile(typeof(RequiresSettingAttribute).Assembly.Location);

    public static ImmutableArray<MetadataReference> Framework { get; } =
        ImmutableArray.CreateRange<MetadataReference>(Net100.References.All);

    public static ImmutableArray<MetadataReference> All { get; } = Framework.Add(Annotations);

    /// <summary>
    /// The real Microsoft.Extensions.Configuration abstractions, binder and options extensions, and what their members
    /// mention: the APIs the settings rules recognise by name, exactly as an app references them.
    /// </summary>
    public static ImmutableArray<MetadataReference> Configuration { get; } =
    [
        .. new[]
        {
            typeof(Microsoft.Extensions.Configuration.IConfiguration),
            typeof(Microsoft.Extensions.Configuration.ConfigurationBinder),
            typeof(Microsoft.Extensions.Configuration.ConfigurationManager),
            typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions),
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
            typeof(Microsoft.Extensions.Options.OptionsBuilder<>),
            typeof(Microsoft.Extensions.Primitives.IChangeToken),
        }.Select(t => t.Assembly.Location).Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
    ];
}
