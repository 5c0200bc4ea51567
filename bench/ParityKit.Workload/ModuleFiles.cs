using System.Globalization;
using System.Text;

namespace ParityKit.Workload;

/// <summary>The eleven files of one module.</summary>
internal static class ModuleFiles
{
    public static IEnumerable<WorkloadFile> Write(Module m)
    {
        yield return Entity(m);
        yield return Configuration(m);
        yield return Repository(m);
        yield return Queries(m);
        yield return Report(m);
        yield return Client(m);
        yield return Settings(m);
        yield return Features(m);
        yield return Wiring(m);
        yield return Page(m);
        yield return PageModel(m);
    }

    private static WorkloadFile Entity(Module m)
    {
        var text = new StringBuilder($$"""
            namespace Workload.Domain;

            /// <summary>Stored in <c>{{m.Table}}</c>; owned by the {{m.Area}} area.</summary>
            public sealed class {{m.Entity}}
            {

            """);
        foreach (Column column in m.Columns)
        {
            string initializer = column.ClrType == "string" ? " = \"\";" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"    public {column.ClrType} {column.Property} {{ get; set; }}{initializer}\n\n");
        }

        text.Length -= 1;
        text.Append("}\n");
        return new WorkloadFile($"Domain/{m.Entity}.cs", text.ToString());
    }

    private static WorkloadFile Configuration(Module m)
    {
        var text = new StringBuilder($$"""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            using Workload.Domain;

            namespace Workload.Data.Configurations;

            public sealed class {{m.Entity}}Configuration : IEntityTypeConfiguration<{{m.Entity}}>
            {
                public void Configure(EntityTypeBuilder<{{m.Entity}}> builder)
                {
                    builder.ToTable("{{m.Table}}");
                    builder.HasKey(x => x.Id);

            """);
        foreach (Column column in m.Columns)
        {
            string required = column.SnapshotRequired ? ".IsRequired()" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"        builder.Property(x => x.{column.Property}).HasColumnName(\"{column.ColumnName}\"){required};\n");
        }

        text.Append("    }\n}\n");
        return new WorkloadFile($"Data/Configurations/{m.Entity}Configuration.cs", text.ToString());
    }

    private static WorkloadFile Repository(Module m)
    {
        string columns = string.Join(", ", m.Columns.Select(c => c.ColumnName));
        Column touched = m.FirstDate ?? m.FirstText;
        string touch = touched.ClrType.StartsWith("DateTime", StringComparison.Ordinal)
            ? $"UPDATE {m.Table} SET {touched.ColumnName} = CURRENT_TIMESTAMP WHERE id = {{0}}"
            : $"UPDATE {m.Table} SET {touched.ColumnName} = {touched.ColumnName} WHERE id = {{0}}";
        var text = new StringBuilder($$"""
            using Microsoft.EntityFrameworkCore;
            using Workload.Domain;

            namespace Workload.Data.Repositories;

            /// <summary>{{m.Entity}} rows through EF Core, raw SQL where the query is easier to read as SQL.</summary>
            public sealed class {{m.Entity}}Repository(AppDbContext db)
            {
                private const string Table = "{{m.Table}}";
                private const string Columns = "{{columns}}";

                public Task<List<{{m.Entity}}>> ListAsync(CancellationToken cancellationToken) =>
                    db.{{m.DbSet}}.FromSqlRaw("SELECT " + Columns + " FROM " + Table + " ORDER BY id").ToListAsync(cancellationToken);

                public Task<{{m.Entity}}?> FindAsync(int id, CancellationToken cancellationToken) =>
                    db.{{m.DbSet}}.FromSqlInterpolated($"SELECT {{columns}} FROM {{m.Table}} WHERE id = {id}").FirstOrDefaultAsync(cancellationToken);

                public Task<int> TouchAsync(int id, CancellationToken cancellationToken) =>
                    db.Database.ExecuteSqlRawAsync("{{touch}}", [id], cancellationToken);

                public Task<List<int>> IdsAsync(CancellationToken cancellationToken) =>
                    db.Database.SqlQueryRaw<int>("SELECT id AS Value FROM {{m.Table}}").ToListAsync(cancellationToken);

                public IQueryable<{{m.Entity}}> Recent(int take) => db.{{m.DbSet}}.AsNoTracking().OrderByDescending(x => x.Id).Take(take);

                public async Task AddAsync({{m.Entity}} item, CancellationToken cancellationToken)
                {
                    db.{{m.DbSet}}.Add(item);
                    await db.SaveChangesAsync(cancellationToken);
                }

            """);
        if (m.FirstFlag is { } flag)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""

                    public Task<List<{{m.Entity}}>> ActiveAsync(CancellationToken cancellationToken) =>
                        db.{{m.DbSet}}.FromSql($"SELECT * FROM {{m.Table}} WHERE {{flag.ColumnName}} = {1}").ToListAsync(cancellationToken);

                """);
        }

        text.Append("}\n");
        return new WorkloadFile($"Data/Repositories/{m.Entity}Repository.cs", text.ToString());
    }

    private static WorkloadFile Queries(Module m)
    {
        string aliased = string.Join(", ", m.Columns.Select(c => $"{c.ColumnName} AS {c.Property}"));
        Column text0 = m.FirstText;
        var text = new StringBuilder($$"""
            using System.Data;
            using Dapper;
            using Workload.Domain;

            namespace Workload.Data.Queries;

            /// <summary>Read-mostly {{m.Entity}} queries through Dapper.</summary>
            public sealed class {{m.Entity}}Queries(IDbConnection connection)
            {
                private const string Select = "SELECT {{aliased}} FROM {{m.Table}}";

                public Task<IEnumerable<{{m.Entity}}>> PageAsync(int skip, int take) =>
                    connection.QueryAsync<{{m.Entity}}>(Select + " ORDER BY id LIMIT @take OFFSET @skip", new { skip, take });

                public Task<IEnumerable<{{m.Entity}}>> AfterAsync(int after) =>
                    connection.QueryAsync<{{m.Entity}}>(Select + " WHERE id > @after ORDER BY id", new { after });

                public Task<{{m.Entity}}?> FirstByValueAsync(string value) =>
                    connection.QueryFirstOrDefaultAsync<{{m.Entity}}>("SELECT * FROM {{m.Table}} WHERE {{text0.ColumnName}} = @value", new { value });

                public Task<int> CountAsync() => connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM {{m.Table}}");

                public Task<int> DeleteAsync(int id) => connection.ExecuteAsync("DELETE FROM {{m.Table}} WHERE id = @id", new { id });

            """);
        if (m.FirstNumber is { } number)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""

                    public Task<decimal> SumAsync() =>
                        connection.ExecuteScalarAsync<decimal>("SELECT COALESCE(SUM({{number.ColumnName}}), 0) FROM {{m.Table}}");

                """);
        }

        if (m.StaleSql && m.Rename is { } rename)
        {
            // Written before the rename and never updated: the column is now rename.NewName.
            text.Append(CultureInfo.InvariantCulture, $$"""

                    public Task<{{m.Entity}}?> FindLegacyAsync(string value) =>
                        connection.QuerySingleOrDefaultAsync<{{m.Entity}}>("SELECT * FROM {{m.Table}} WHERE {{rename.OldName}} = @value", new { value });

                """);
        }

        text.Append("}\n");
        return new WorkloadFile($"Data/Queries/{m.Entity}Queries.cs", text.ToString());
    }

    private static WorkloadFile Report(Module m)
    {
        Column since = m.FirstDate ?? m.Columns[0];
        string sinceType = since.ClrType.StartsWith("DateTime", StringComparison.Ordinal) ? "DateTime" : "int";
        string purge = m.FirstFlag is { } flag
            ? $"DELETE FROM {m.Table} WHERE {flag.ColumnName} = 0"
            : $"DELETE FROM {m.Table} WHERE id < 0";
        return new WorkloadFile($"Data/Reports/{m.Entity}Report.cs", $$"""
            using System.Data.Common;
            using Microsoft.Data.Sqlite;

            namespace Workload.Data.Reports;

            /// <summary>{{m.Entity}} reports through plain ADO.NET.</summary>
            public sealed class {{m.Entity}}Report(SqliteConnection connection)
            {
                public async Task<long> CountSinceAsync({{sinceType}} since, CancellationToken cancellationToken)
                {
                    await using DbCommand command = connection.CreateCommand();
                    command.CommandText = "SELECT COUNT(*) FROM {{m.Table}} WHERE {{since.ColumnName}} >= @since";
                    DbParameter parameter = command.CreateParameter();
                    parameter.ParameterName = "@since";
                    parameter.Value = since;
                    command.Parameters.Add(parameter);
                    object? result = await command.ExecuteScalarAsync(cancellationToken);
                    return result is long count ? count : 0;
                }

                public int Purge()
                {
                    using var command = new SqliteCommand("{{purge}}", connection);
                    return command.ExecuteNonQuery();
                }
            }

            """);
    }

    private static WorkloadFile Client(Module m)
    {
        Vendor v = m.Vendor;
        string baseAddress = m.HardCodedSandbox
            ? $"new Uri(\"{v.Sandbox}\")" // the drift: a sandbox that never left the code (PK2001)
            : $"new Uri(configuration[\"{v.ConfigPrefix}:BaseUrl\"] ?? throw new InvalidOperationException(\"{v.ConfigPrefix}:BaseUrl is not configured\"))";
        return new WorkloadFile($"Integrations/{m.Area}{v.ConfigPrefix}Client.cs", $$"""
            using System.Net.Http.Headers;
            using System.Net.Http.Json;

            namespace Workload.Integrations;

            /// <summary>The {{m.Area}} area's calls to {{v.ConfigPrefix}}.</summary>
            public sealed class {{m.Area}}{{v.ConfigPrefix}}Client(HttpClient http, IConfiguration configuration)
            {
                public async Task<string> SubmitAsync(object payload, CancellationToken cancellationToken)
                {
                    http.BaseAddress ??= {{baseAddress}};
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["{{v.ConfigPrefix}}:ApiKey"]);
                    using HttpResponseMessage response = await http.PostAsJsonAsync("{{v.SamplePath}}", payload, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync(cancellationToken);
                }

                public async Task<bool> PingAsync(CancellationToken cancellationToken)
                {
                    using HttpResponseMessage response = await http.GetAsync("{{v.SamplePath}}?limit=1", cancellationToken);
                    return response.IsSuccessStatusCode;
                }
            }

            """);
    }

    private static WorkloadFile Settings(Module m)
    {
        string undeclared = m.UndeclaredSetting
            ? $$"""

                    // Added for a migration and never declared (PK3001).
                    public static bool LegacyMode(IConfiguration configuration) => configuration.GetValue<bool>("{{m.Area}}:LegacyMode");

                """
            : string.Empty;
        return new WorkloadFile($"Settings/{m.Area}Settings.cs", $$"""
            using ParityKit;

            [assembly: RequiresSetting("{{m.Area}}:PageSize", Default = "{{m.PageSize}}")]
            [assembly: RequiresSetting("{{m.Area}}:Region", Default = "eu-west")]
            [assembly: RequiresSetting("{{m.Area}}:ExportDirectory", Default = "exports")]
            [assembly: RequiresSecret("{{m.Area}}:ExportToken", Source = "vault:{{m.Lower}}/export-token")]

            namespace Workload.Settings;

            public sealed class {{m.Area}}Options
            {
                public int PageSize { get; set; } = {{m.PageSize}};

                public string Region { get; set; } = "eu-west";
            }

            public static class {{m.Area}}Settings
            {
                public static {{m.Area}}Options Read(IConfiguration configuration)
                {
                    var options = new {{m.Area}}Options();
                    configuration.GetSection("{{m.Area}}").Bind(options);
                    options.PageSize = configuration.GetValue("{{m.Area}}:PageSize", options.PageSize);
                    return options;
                }

                public static string? ExportToken(IConfiguration configuration) => configuration["{{m.Area}}:ExportToken"];

                public static string ExportDirectory() => Environment.GetEnvironmentVariable("{{m.Area}}__ExportDirectory") ?? "exports";
            {{undeclared}}
            }

            """);
    }

    private static WorkloadFile Features(Module m) => new($"Features/{m.Area}Features.cs", $$"""
        using Microsoft.FeatureManagement;
        using ParityKit;

        namespace Workload.Features;

        [FeatureFlags]
        public static class {{m.Area}}Flags
        {
            [Baseline(false)] public const string NewList = "{{m.NewListFlag}}";

            [Baseline(true, RolloutPercentage = {{m.RolloutPercentage}})] public const string FastExport = "{{m.FastExportFlag}}";
        }

        public sealed class {{m.Area}}Features(IVariantFeatureManager features)
        {
            public async Task<bool> UseNewListAsync(CancellationToken cancellationToken) =>
                await features.IsEnabledAsync({{m.Area}}Flags.NewList, cancellationToken);

            public async Task<string> ExportModeAsync(CancellationToken cancellationToken) =>
                await features.IsEnabledAsync({{m.Area}}Flags.FastExport, cancellationToken) ? "fast" : "classic";

            // Its production state is in appsettings.Production.json.
            public async Task<string> ThemeAsync(CancellationToken cancellationToken) =>
                (await features.GetVariantAsync("{{m.ThemeFlag}}", cancellationToken))?.Name ?? "default";
        }

        """);

    private static WorkloadFile Wiring(Module m)
    {
        string client = m.Area + m.Vendor.ConfigPrefix + "Client";
        return new WorkloadFile($"Modules/{m.Area}Module.cs", $$"""
            using Microsoft.FeatureManagement.AspNetCore;
            using Workload.Data.Queries;
            using Workload.Data.Reports;
            using Workload.Data.Repositories;
            using Workload.Features;
            using Workload.Integrations;

            namespace Workload.Modules;

            public static class {{m.Area}}Module
            {
                public static IServiceCollection Add{{m.Area}}Module(this IServiceCollection services)
                {
                    services.AddScoped<{{m.Entity}}Repository>();
                    services.AddScoped<{{m.Entity}}Queries>();
                    services.AddScoped<{{m.Entity}}Report>();
                    services.AddScoped<{{m.Area}}Features>();
                    services.AddHttpClient<{{client}}>();
                    return services;
                }

                public static IEndpointRouteBuilder Map{{m.Area}}Endpoints(this IEndpointRouteBuilder endpoints)
                {
                    RouteGroupBuilder group = endpoints.MapGroup("/api/{{m.Lower}}");
                    group.MapGet("/", async ({{m.Entity}}Queries queries, int skip = 0, int take = {{m.PageSize}}) =>
                        Results.Ok(await queries.PageAsync(skip, take)));
                    group.MapGet("/{id:int}", async (int id, {{m.Entity}}Repository repository, CancellationToken cancellationToken) =>
                        await repository.FindAsync(id, cancellationToken) is { } item ? Results.Ok(item) : Results.NotFound());
                    group.MapDelete("/{id:int}", async (int id, {{m.Entity}}Queries queries) => Results.Ok(await queries.DeleteAsync(id)))
                        .WithFeatureGate({{m.Area}}Flags.NewList);
                    group.MapGet("/report", async ({{m.Entity}}Report report, CancellationToken cancellationToken) =>
                        Results.Ok(await report.CountSinceAsync(default, cancellationToken)));
                    group.MapPost("/sync", async ({{client}} client, CancellationToken cancellationToken) =>
                        Results.Ok(await client.SubmitAsync(new { area = "{{m.Lower}}" }, cancellationToken)));
                    return endpoints;
                }
            }

            """);
    }

    private static WorkloadFile Page(Module m)
    {
        IEnumerable<Column> shown = m.Columns.Take(4);
        string headers = string.Concat(shown.Select(c => $"<th>{c.Property}</th>"));
        string cells = string.Concat(shown.Select(c => $"<td>@item.{c.Property}</td>"));
        string version = m.UnversionedScript ? string.Empty : " asp-append-version=\"true\"";
        return new WorkloadFile($"Pages/{m.Area}/Index.cshtml", $$"""
            @page "/{{m.Lower}}"
            @model Workload.Pages.{{m.Area}}.IndexModel
            @{
                ViewData["Title"] = "{{m.Area}}";
            }
            <h1>@ViewData["Title"] <small>@Model.Theme</small></h1>
            @if (Model.NewList)
            {
                <p class="badge">New list</p>
            }
            <table class="table" data-page-size="@Model.PageSize">
                <thead>
                    <tr>{{headers}}</tr>
                </thead>
                <tbody>
                @foreach (var item in Model.Items)
                {
                    <tr>{{cells}}</tr>
                }
                </tbody>
            </table>
            <script src="~/js/{{m.Lower}}.js"{{version}}></script>

            """);
    }

    private static WorkloadFile PageModel(Module m) => new($"Pages/{m.Area}/Index.cshtml.cs", $$"""
        using Microsoft.AspNetCore.Mvc.RazorPages;
        using Microsoft.EntityFrameworkCore;
        using Workload.Data.Repositories;
        using Workload.Domain;
        using Workload.Features;
        using Workload.Settings;

        namespace Workload.Pages.{{m.Area}};

        public sealed class IndexModel({{m.Entity}}Repository repository, {{m.Area}}Features features, IConfiguration configuration) : PageModel
        {
            public IReadOnlyList<{{m.Entity}}> Items { get; private set; } = [];

            public bool NewList { get; private set; }

            public string Theme { get; private set; } = "default";

            public int PageSize { get; } = {{m.Area}}Settings.Read(configuration).PageSize;

            public async Task OnGetAsync(CancellationToken cancellationToken)
            {
                NewList = await features.UseNewListAsync(cancellationToken);
                Theme = await features.ThemeAsync(cancellationToken);
                Items = await repository.Recent(PageSize).ToListAsync(cancellationToken);
            }
        }

        """);
}
