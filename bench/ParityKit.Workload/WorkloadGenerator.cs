using System.Globalization;

namespace ParityKit.Workload;

/// <summary>What to generate.</summary>
/// <param name="Files">How many source files (C# and Razor) the app has; the modules are sized to match it exactly.</param>
/// <param name="Seed">Names, shapes and the few planted findings follow from it: the same seed gives the same bytes.</param>
/// <param name="ParityKitRoot">The ParityKit repository the app's project takes the analyzers, generators and build files from.</param>
public sealed record WorkloadOptions(int Files, ulong Seed, string ParityKitRoot)
{
    /// <summary>The configuration ParityKit was built in (<c>src/*/bin/{this}/netstandard2.0</c>).</summary>
    public string ParityKitConfiguration { get; init; } = "Release";

    public const int MinimumFiles = 20;
}

/// <summary>
/// Plans and writes the workload: modules of eleven files each (entity, EF configuration, EF Core / Dapper / ADO.NET
/// data access, HTTP client, settings, flags, endpoints, Razor page and page model), one migration per four modules
/// plus rename migrations, the model snapshot, the DbContext, Program.cs and the declarations; filler helpers make up
/// the exact file count. A handful of modules carry a planted finding (a sandbox URL, a stale column name, an
/// undeclared setting, an unversioned script) so reporting is part of what is measured.
/// </summary>
public static class WorkloadGenerator
{
    public const string ProjectName = "Workload";

    private const int FilesPerModule = 11;
    private const int ModulesPerMigration = 4;

    // Fixed files: Program.cs, ParityDeclarations.cs, Data/AppDbContext.cs, Migrations/AppDbContextModelSnapshot.cs,
    // Modules.cs, Pages/_ViewImports.cshtml, Pages/Index.cshtml.
    private const int FixedSourceFiles = 7;

    private static readonly string[] AreaNames =
    [
        "Billing", "Catalog", "Orders", "Shipping", "Inventory", "Accounts", "Reviews", "Returns", "Loyalty", "Search",
        "Pricing", "Promotions", "Support", "Warehouse", "Suppliers", "Invoicing", "Reporting", "Notifications",
        "Subscriptions", "Payments",
    ];

    private static readonly string[] EntityNames =
    [
        "Invoice", "Product", "Order", "Shipment", "Customer", "Review", "Coupon", "Supplier", "Ticket", "Payment",
        "Refund", "Subscription", "StockItem", "Address", "Cart", "Wishlist", "Category", "Discount", "Carrier", "Voucher",
    ];

    private static readonly Column[] ColumnPool =
    [
        new("Name", "string", "TEXT", false, "name"),
        new("Code", "string", "TEXT", false, "code"),
        new("Status", "int", "INTEGER", false, "status"),
        new("TotalCents", "long", "INTEGER", false, "total_cents"),
        new("Price", "decimal", "TEXT", false, "price"),
        new("CreatedAt", "DateTime", "TEXT", false, "created_at"),
        new("UpdatedAt", "DateTime?", "TEXT", true, "updated_at"),
        new("IsActive", "bool", "INTEGER", false, "is_active"),
        new("Email", "string", "TEXT", false, "email"),
        new("Notes", "string?", "TEXT", true, "notes"),
        new("Quantity", "int", "INTEGER", false, "quantity"),
        new("ExternalRef", "string?", "TEXT", true, "external_ref"),
        new("Rating", "double", "REAL", false, "rating"),
        new("Region", "string", "TEXT", false, "region"),
    ];

    /// <summary>Vendors from ParityKit's catalog, with the path a client of each would call.</summary>
    public static IReadOnlyList<Vendor> Vendors { get; } =
    [
        new("stripe", "Stripe", "https://api.stripe.com", null, "v1/payment_intents"),
        new("paypal", "PayPal", "https://api-m.paypal.com", "https://api-m.sandbox.paypal.com", "v2/checkout/orders"),
        new("braintree", "Braintree", "https://api.braintreegateway.com", "https://api.sandbox.braintreegateway.com", "merchants/transactions"),
        new("square", "Square", "https://connect.squareup.com", "https://connect.squareupsandbox.com", "v2/payments"),
        new("plaid", "Plaid", "https://production.plaid.com", "https://sandbox.plaid.com", "transactions/get"),
        new("klarna", "Klarna", "https://api.klarna.com", "https://api.playground.klarna.com", "payments/v1/sessions"),
        new("twilio", "Twilio", "https://api.twilio.com", null, "2010-04-01/Accounts"),
        new("ebay", "Ebay", "https://api.ebay.com", "https://api.sandbox.ebay.com", "sell/inventory/v1/inventory_item"),
        new("rapyd", "Rapyd", "https://api.rapyd.net", "https://sandboxapi.rapyd.net", "v1/payments"),
        new("mollie", "Mollie", "https://api.mollie.com", null, "v2/payments"),
    ];

    /// <summary>The workload's files in a stable order (project files first, then sources by path).</summary>
    public static IReadOnlyList<WorkloadFile> Generate(WorkloadOptions options)
    {
        if (options.Files < WorkloadOptions.MinimumFiles)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"--files must be at least {WorkloadOptions.MinimumFiles}");
        }

        (List<Module> modules, List<Migration> migrations) = Plan(options);
        var files = new List<WorkloadFile>();
        files.AddRange(ProjectFiles.Write(options, modules));

        var sources = new List<WorkloadFile>
        {
            AppFiles.Program(),
            AppFiles.Declarations(modules),
            AppFiles.DbContext(modules),
            AppFiles.ModuleRegistrations(modules),
            AppFiles.ViewImports(),
            AppFiles.HomePage(modules),
            MigrationFiles.Snapshot(modules),
        };

        foreach (Module module in modules)
        {
            sources.AddRange(ModuleFiles.Write(module));
        }

        foreach (Migration migration in migrations)
        {
            sources.Add(MigrationFiles.Migration(migration));
            sources.Add(MigrationFiles.Designer(migration));
        }

        int filler = options.Files - sources.Count;
        for (int i = 0; i < filler; i++)
        {
            sources.Add(AppFiles.Helper(i, SplitMix64.For(options.Seed, 1_000_000UL + (ulong)i)));
        }

        if (sources.Count != options.Files)
        {
            throw new InvalidOperationException($"planned {options.Files} source files, wrote {sources.Count}");
        }

        files.AddRange(sources.OrderBy(f => f.Path, StringComparer.Ordinal));
        return files;
    }

    /// <summary>Writes the files under <paramref name="directory"/> (created if needed; existing files are overwritten).</summary>
    public static void WriteTo(IReadOnlyList<WorkloadFile> files, string directory)
    {
        foreach (WorkloadFile file in files)
        {
            string path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }

    private static (List<Module> Modules, List<Migration> Migrations) Plan(WorkloadOptions options)
    {
        var modules = new List<Module>();
        int sourceFiles = FixedSourceFiles;
        for (int index = 0; ; index++)
        {
            Module module = CreateModule(index, SplitMix64.For(options.Seed, (ulong)index + 1));
            int cost = FilesPerModule
                + (index % ModulesPerMigration == 0 ? 2 : 0) // a new "Add...Tables" migration and its designer file
                + (module.Rename != null ? 2 : 0);           // a rename migration and its designer file
            if (sourceFiles + cost > options.Files)
            {
                break;
            }

            modules.Add(module);
            sourceFiles += cost;
        }

        return (modules, PlanMigrations(modules));
    }

    private static Module CreateModule(int index, SplitMix64 random)
    {
        string entityBase = EntityNames[(index + random.Next(3)) % EntityNames.Length];
        string area = AreaNames[index % AreaNames.Length] + index.ToString(CultureInfo.InvariantCulture);
        string entity = entityBase + index.ToString(CultureInfo.InvariantCulture);
        string table = Plural(Snake(entityBase)) + "_" + index.ToString(CultureInfo.InvariantCulture);

        var columns = new List<Column> { new("Id", "int", "INTEGER", false, "id") };
        int wanted = random.Next(3, 8);
        var picked = new SortedSet<int>();
        while (picked.Count < wanted)
        {
            picked.Add(random.Next(ColumnPool.Length));
        }

        columns.AddRange(picked.Select(i => ColumnPool[i]));

        ColumnRename? rename = null;
        if (random.Chance(15))
        {
            int at = random.Next(1, columns.Count);
            Column old = columns[at];
            string newName = Snake(entityBase) + "_" + old.ColumnName;
            Column renamed = old with { ColumnName = newName, CreatedName = old.ColumnName };
            columns[at] = renamed;
            rename = new ColumnRename(renamed, old.ColumnName, newName);
        }

        Vendor vendor = random.Pick(Vendors);
        return new Module
        {
            Index = index,
            Area = area,
            Entity = entity,
            Table = table,
            Columns = columns,
            Vendor = vendor,
            HardCodedSandbox = vendor.Sandbox != null && random.Chance(3),
            Rename = rename,
            StaleSql = rename != null && rename.Column.ClrType == "string" && random.Chance(40),
            UndeclaredSetting = random.Chance(3),
            UnversionedScript = random.Chance(4),
            UsesLocalStorage = random.Chance(20),
            PageSize = 10 * random.Next(1, 11),
            RolloutPercentage = 5 * random.Next(1, 20),
        };
    }

    /// <summary>
    /// One "Add…Tables" migration per four modules, in module order; a module's rename follows one migration later,
    /// as a team renames a column some time after creating it. Ids are timestamps a day apart from 2024-01-01.
    /// </summary>
    private static List<Migration> PlanMigrations(List<Module> modules)
    {
        var planned = new List<(string Name, IReadOnlyList<Module> Creates, Module? Rename)>();
        var pendingRenames = new List<Module>();
        for (int start = 0; start < modules.Count; start += ModulesPerMigration)
        {
            List<Module> group = modules.Skip(start).Take(ModulesPerMigration).ToList();
            planned.Add(("Add" + group[0].Area + "Tables", group, null));
            foreach (Module renamed in pendingRenames)
            {
                planned.Add(("Rename" + renamed.Entity + Pascal(renamed.Rename!.OldName), [], renamed));
            }

            pendingRenames = group.Where(m => m.Rename != null).ToList();
        }

        foreach (Module renamed in pendingRenames)
        {
            planned.Add(("Rename" + renamed.Entity + Pascal(renamed.Rename!.OldName), [], renamed));
        }

        var start2024 = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return planned
            .Select((m, i) => new Migration(
                start2024.AddDays(i).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + m.Name, m.Name, m.Creates, m.Rename))
            .ToList();
    }

    public static string Snake(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Plural(string noun) =>
        noun.EndsWith('s') ? noun + "es" : noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";

    public static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
