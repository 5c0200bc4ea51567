using System.Globalization;
using System.Text;

namespace ParityKit.Workload;

/// <summary>The app-wide sources: Program.cs, the declarations, the DbContext, module wiring, the home page, helpers.</summary>
internal static class AppFiles
{
    public static WorkloadFile Program() => new("Program.cs", """
        using System.Data;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.FeatureManagement;
        using Workload;
        using Workload.Data;

        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        string connectionString = builder.Configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured");

        builder.Services.AddDbContext<AppDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddScoped(_ => new SqliteConnection(connectionString));
        builder.Services.AddScoped<IDbConnection>(services => services.GetRequiredService<SqliteConnection>());
        builder.Services.AddFeatureManagement();
        builder.Services.AddRazorPages();
        builder.Services.AddWorkloadModules();

        WebApplication app = builder.Build();
        app.UseHttpsRedirection();
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapWorkloadEndpoints();
        app.MapGet("/health", () => Results.Ok(new { status = "ok", baseUrl = app.Configuration["App:BaseUrl"] }));

        app.Run();

        """);

    public static WorkloadFile Declarations(IReadOnlyList<Module> modules)
    {
        var text = new StringBuilder("""
            // What the app needs from an environment. Module settings are declared next to the code that reads them
            // (Settings/*Settings.cs), module flags in Features/*Features.cs.
            using ParityKit;

            [assembly: ParityApp("workload")]
            [assembly: RequiresSecret("ConnectionStrings:Default", Source = "vault:workload/database")]
            [assembly: BaseUrlSetting("App:BaseUrl")]

            """);
        foreach (Vendor vendor in modules.Select(m => m.Vendor).Distinct().OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            string sandbox = vendor.Sandbox ?? vendor.Live;
            text.Append(CultureInfo.InvariantCulture, $"""

                [assembly: RequiresSecret("{vendor.ConfigPrefix}:ApiKey", Source = "vault:vendors/{vendor.Name}")]
                [assembly: ThirdPartyApi("{vendor.Name}", ConfigKey = "{vendor.ConfigPrefix}:BaseUrl",
                    Live = "{vendor.Live}", Sandbox = "{sandbox}",
                    KeySetting = "{vendor.ConfigPrefix}:ApiKey", PreviewTier = ApiTier.Sandbox)]

                """);
        }

        return new WorkloadFile("ParityDeclarations.cs", text.ToString());
    }

    public static WorkloadFile DbContext(IReadOnlyList<Module> modules)
    {
        var text = new StringBuilder("""
            using Microsoft.EntityFrameworkCore;
            using Workload.Domain;

            namespace Workload.Data;

            /// <summary>The app's database; each entity's mapping is in Data/Configurations.</summary>
            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {

            """);
        foreach (Module module in modules)
        {
            text.Append(CultureInfo.InvariantCulture, $"    public DbSet<{module.Entity}> {module.DbSet} => Set<{module.Entity}>();\n\n");
        }

        text.Append("""
                protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                    modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
            }

            """);
        return new WorkloadFile("Data/AppDbContext.cs", text.ToString());
    }

    public static WorkloadFile ModuleRegistrations(IReadOnlyList<Module> modules)
    {
        var text = new StringBuilder("""
            using Workload.Modules;

            namespace Workload;

            /// <summary>Registers every module's services and maps its endpoints.</summary>
            public static class WorkloadModules
            {
                public static IServiceCollection AddWorkloadModules(this IServiceCollection services)
                {

            """);
        foreach (Module module in modules)
        {
            text.Append(CultureInfo.InvariantCulture, $"        services.Add{module.Area}Module();\n");
        }

        text.Append("""
                    return services;
                }

                public static IEndpointRouteBuilder MapWorkloadEndpoints(this IEndpointRouteBuilder endpoints)
                {

            """);
        foreach (Module module in modules)
        {
            text.Append(CultureInfo.InvariantCulture, $"        endpoints.Map{module.Area}Endpoints();\n");
        }

        text.Append("""
                    return endpoints;
                }
            }

            """);
        return new WorkloadFile("Modules.cs", text.ToString());
    }

    public static WorkloadFile ViewImports() => new("Pages/_ViewImports.cshtml", """
        @using Workload
        @namespace Workload.Pages
        @addTagHelper *, Microsoft.AspNetCore.Mvc.TagHelpers

        """);

    public static WorkloadFile HomePage(IReadOnlyList<Module> modules)
    {
        var text = new StringBuilder("""
            @page
            @{
                ViewData["Title"] = "Workload";
            }
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8" />
                <title>@ViewData["Title"]</title>
                <link rel="stylesheet" href="~/css/site.css" asp-append-version="true" />
            </head>
            <body>
                <h1>Modules</h1>
                <ul>

            """);
        foreach (Module module in modules)
        {
            text.Append(CultureInfo.InvariantCulture, $"        <li><a href=\"/{module.Lower}\">{module.Area}</a></li>\n");
        }

        text.Append("""
                </ul>
            </body>
            </html>

            """);
        return new WorkloadFile("Pages/Index.cshtml", text.ToString());
    }

    /// <summary>A small helper class: the kind of file that makes up the rest of a real app's count.</summary>
    public static WorkloadFile Helper(int index, SplitMix64 random)
    {
        string name = "TextHelpers" + index.ToString(CultureInfo.InvariantCulture);
        int width = random.Next(8, 40);
        return new WorkloadFile($"Common/{name}.cs", $$"""
            using System.Globalization;
            using System.Text;

            namespace Workload.Common;

            /// <summary>Formatting helpers.</summary>
            public static class {{name}}
            {
                public static string Truncate(string value, int width = {{width}}) =>
                    value.Length <= width ? value : string.Concat(value.AsSpan(0, width - 1), "…");

                public static string Slug(string value)
                {
                    var slug = new StringBuilder(value.Length);
                    foreach (char c in value.Trim().ToLowerInvariant())
                    {
                        slug.Append(char.IsLetterOrDigit(c) ? c : '-');
                    }

                    return slug.ToString().Trim('-');
                }

                public static string Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            }

            """);
    }
}
