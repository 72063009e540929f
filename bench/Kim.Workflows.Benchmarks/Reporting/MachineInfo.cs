using System.Runtime.InteropServices;

namespace Kim.Workflows.Benchmarks.Reporting;

/// <summary>The machine a benchmark ran on, for the JSON line and docs/benchmarks.md.</summary>
internal sealed record MachineInfo(int Cores, string Os, string Dotnet, string? Cpu, long? MemoryBytes, string Gc, double? LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadProcField("/proc/cpuinfo", "model name"),
        ReadMemTotal(),
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        ReadLoadAverage());

    /// <summary>1-minute load average at the start (other work on the machine distorts the figures).</summary>
    public static double? ReadLoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? ReadProcField(string path, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && line[..colon].Trim() == field)
                {
                    return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    private static long? ReadMemTotal()
    {
        // "MemTotal:       24610068 kB"
        var value = ReadProcField("/proc/meminfo", "MemTotal");
        return value is not null && long.TryParse(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var kb) ? kb * 1024 : null;
    }
}
