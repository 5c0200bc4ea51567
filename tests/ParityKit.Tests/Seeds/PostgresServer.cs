using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ParityKit.Tests.Seeds;

/// <summary>
/// A private PostgreSQL server for one test run: <c>initdb</c> in a fresh temporary folder, <c>pg_ctl start</c> on a
/// free loopback port (listening on 127.0.0.1 only, trust authentication there and on its own socket folder), and
/// <c>pg_ctl stop</c> plus the folder's removal on dispose. The binaries come from the Debian <c>postgresql</c>
/// package (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>). <c>initdb</c> refuses to run as root, so as root every
/// server command runs as the <c>postgres</c> account the package creates (<c>runuser -u postgres --</c>).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string SystemUser = "postgres";

    private static readonly Lazy<(string? Bin, string? Reason)> Binaries = new(FindBinaries);

    private readonly string _root;
    private readonly string _data;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresServer()
    {
        _asPostgresUser = Environment.UserName == "root";
        // As root, the folder must be reachable by the postgres account: /tmp is, a private TMPDIR may not be.
        string parent = _asPostgresUser && OperatingSystem.IsLinux() ? "/tmp" : Path.GetTempPath();
        _root = Path.Combine(parent, "paritykit-pg-" + Guid.NewGuid().ToString("N"));
        _data = Path.Combine(_root, "data");
        Directory.CreateDirectory(_root);
        if (_asPostgresUser)
        {
            Run("chown", [SystemUser + ":" + SystemUser, _root], asPostgres: false);
        }

        Port = FreePort();
        string bin = Binaries.Value.Bin!;
        Run(Path.Combine(bin, "initdb"), ["-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        Run("sh", ["-c", $"printf 'local all all trust\\nhost all all 127.0.0.1/32 trust\\n' > '{Path.Combine(_data, "pg_hba.conf")}'"]);
        Run(Path.Combine(bin, "pg_ctl"), ["-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {_root} -c fsync=off", "start"]);
    }

    /// <summary>Why no server can be started here (no binaries, no postgres account), or null when one can.</summary>
    public static string? UnavailableReason => Binaries.Value.Reason;

    public int Port { get; }

    public static PostgresServer Start() =>
        UnavailableReason is { } reason ? throw new InvalidOperationException(reason) : new PostgresServer();

    /// <summary>A new, empty database on the server and its connection string.</summary>
    public string CreateDatabase()
    {
        string name = "seed_" + Interlocked.Increment(ref _databases).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false";

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(Binaries.Value.Bin!, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static (string? Bin, string? Reason) FindBinaries()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, "PostgreSQL tests run on Linux, with the Debian postgresql package installed (.ci/run installs it)");
        }

        string? bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out int v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin == null)
        {
            return (null, "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, as .ci/run does");
        }

        if (Environment.UserName == "root" && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
        {
            return (null, "running as root without runuser, so initdb cannot run as the postgres account");
        }

        return (bin, null);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Run(string file, IReadOnlyList<string> arguments) => Run(file, arguments, _asPostgresUser);

    private static void Run(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asPostgres)
        {
            foreach (string argument in (string[])["-u", SystemUser, "--", file])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }
    }
}

/// <summary>A test that needs <see cref="PostgresServer"/>: skipped, with the reason, where none can start.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>One server for every PostgreSQL test of a class, started on first use and stopped when the class is done.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _server = new(PostgresServer.Start);

    public PostgresServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
