using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace ParityKit.FixtureScaffolder;

/// <summary>
/// Runs EF Core's migrations scaffolder once per step of a sequence, with the design-time services the EF tools build
/// and two replacements: fixed migration ids, and the earlier steps' compiled files as the migrations assembly.
/// </summary>
internal static class SequenceScaffolder
{
    public static IReadOnlyList<string> Run(string repoRoot, ModelSequence sequence)
    {
        string projectDirectory = Path.Combine(repoRoot, sequence.ProjectDirectory);
        string outputPath = sequence.OutputPath(repoRoot);
        if (Directory.Exists(outputPath))
        {
            Directory.Delete(outputPath, recursive: true);
        }

        Directory.CreateDirectory(outputPath);
        Assembly? compiled = null;
        for (int i = 0; i < sequence.Steps.Count; i++)
        {
            ModelStep step = sequence.Steps[i];
            using StepDbContext context = sequence.CreateContext(step);
            using ServiceProvider services = CreateDesignTimeServices(context, step, compiled, sequence.ContextType);
            using IServiceScope scope = services.CreateScope();
            IMigrationsScaffolder scaffolder = scope.ServiceProvider.GetRequiredService<IMigrationsScaffolder>();

            ScaffoldedMigration migration = scaffolder.ScaffoldMigration(step.Name, sequence.RootNamespace, sequence.SubNamespace, "C#");
            if (migration.MigrationId != step.MigrationId)
            {
                throw new InvalidOperationException($"Expected {step.MigrationId}, EF Core scaffolded {migration.MigrationId}.");
            }

            scaffolder.Save(projectDirectory, migration, outputPath);
            compiled = InMemoryCompiler.Compile(
                $"{sequence.ContextType.FullName}.Step{i + 1}",
                Directory.EnumerateFiles(outputPath, "*.cs"));
        }

        return Directory.EnumerateFiles(outputPath, "*.cs").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The service collection "dotnet ef migrations add" builds (EF Core's DesignTimeServicesBuilder: provider
    /// design-time services, the EF design-time services, the context's services, any IDesignTimeServices of the
    /// startup assembly), plus the two replacements. DesignTimeServicesBuilder sits in an Internal namespace (EF1001);
    /// using it is what makes the output the tools' own rather than an imitation of their wiring.
    /// </summary>
    private static ServiceProvider CreateDesignTimeServices(DbContext context, ModelStep step, Assembly? compiled, Type contextType)
    {
#pragma warning disable EF1001
        var builder = new DesignTimeServicesBuilder(
            contextType.Assembly, typeof(SequenceScaffolder).Assembly, new OperationReporter(handler: null), args: []);
        IServiceCollection services = builder.CreateServiceCollection(context);
#pragma warning restore EF1001
        services.AddSingleton<IMigrationsIdGenerator>(new FixedMigrationIds(step.MigrationId));
        services.AddSingleton<IMigrationsAssembly>(new CompiledMigrations(compiled, contextType));
        return services.BuildServiceProvider(validateScopes: true);
    }
}
