using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kim.Workflows.Tests.Shared;

/// <summary>
/// A throw-away PostgreSQL cluster from Debian's <c>postgresql</c> package: initdb in a temp folder, started
/// on a free loopback port, stopped and removed afterwards. As root, the server runs as user <c>postgres</c>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kim-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = "";
    private int _port;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database, Pooling = true, MaxPoolSize = 60 }.ToString();

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "kim_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary><c>pg_dump --format=custom</c> of a database (named in <paramref name="connectionString"/>) into a file of this cluster's folder.</summary>
    public async Task<string> DumpAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var file = Path.Combine(_folder, $"{database}-{Guid.NewGuid():N}.dump");
        await PgAsync("pg_dump", "--format=custom", "-h", "127.0.0.1", "-p", $"{_port}", "-U", "postgres", "--file", file, database);
        return file;
    }

    /// <summary><c>pg_restore</c> of a dump into an empty database (e.g. a fresh one from <see cref="CreateDatabaseAsync"/>).</summary>
    public Task RestoreAsync(string dumpFile, string connectionString) =>
        PgAsync("pg_restore", "--no-owner", "-h", "127.0.0.1", "-p", $"{_port}", "-U", "postgres", "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database!, dumpFile);

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending()
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql).");
        _port = FreePort();
        Directory.CreateDirectory(_folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", _folder);
        }

        await PgAsync("initdb", "-D", _folder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await PgAsync("pg_ctl", "-D", _folder, "-w", "-l", Path.Combine(_folder, "server.log"),
            "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgAsync("pg_ctl", "-D", _folder, "-m", "immediate", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private Task PgAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
