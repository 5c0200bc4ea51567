using System.Globalization;
using System.Reflection;
using ParityKit.Workload;

// dotnet run --project bench/ParityKit.Workload -- --files 400 --seed 1 --out /tmp/wl [--paritykit-root DIR] [--paritykit-configuration Release]
int files = 400;
ulong seed = 1;
string? output = null;
string root = typeof(WorkloadGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .FirstOrDefault(a => a.Key == "RepoRoot")?.Value ?? Directory.GetCurrentDirectory();
string configuration = "Release";

for (int i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--files":
            files = int.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = ulong.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--out":
            output = Value();
            break;
        case "--paritykit-root":
            root = Path.GetFullPath(Value());
            break;
        case "--paritykit-configuration":
            configuration = Value();
            break;
        case "-h" or "--help":
            Console.WriteLine("usage: ParityKit.Workload --files N [--seed S] --out DIR [--paritykit-root DIR] [--paritykit-configuration Release]");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}' (try --help)");
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("--out DIR is required (try --help)");
    return 2;
}

var options = new WorkloadOptions(files, seed, root) { ParityKitConfiguration = configuration };
IReadOnlyList<WorkloadFile> generated = WorkloadGenerator.Generate(options);
string directory = Path.GetFullPath(output);
if (Directory.Exists(directory))
{
    // Only what an earlier run wrote: a stale module from a bigger run would otherwise still compile.
    foreach (string folder in new[] { "Common", "Data", "Domain", "Features", "Integrations", "Migrations", "Modules", "Pages", "Settings", "wwwroot" })
    {
        string path = Path.Combine(directory, folder);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

WorkloadGenerator.WriteTo(generated, directory);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {generated.Count(f => f.IsSource)} source files ({generated.Count} in all) to {directory} (seed {seed}, ParityKit from {root})"));
return 0;
