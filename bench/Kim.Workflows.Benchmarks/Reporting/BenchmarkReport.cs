using System.Text;
using System.Text.Json;

namespace Kim.Workflows.Benchmarks.Reporting;

/// <summary>
/// Output shared by every benchmark: human-readable lines first, then exactly one JSON object as the last
/// line of stdout (<c>{"benchmark":...,"machine":{...},"results":[...]}</c>) for scripts to read.
/// </summary>
internal sealed class BenchmarkReport(string benchmark)
{
    private readonly List<IReadOnlyDictionary<string, object?>> _results = [];
    private readonly List<KeyValuePair<string, object?>> _summary = [];

    public MachineInfo Machine { get; } = MachineInfo.Current();

    /// <summary>One result row; values are numbers, strings, booleans or null (written as JSON null).</summary>
    public void Add(IReadOnlyDictionary<string, object?> row) => _results.Add(row);

    /// <summary>A headline figure written at the top level of the JSON object (e.g. <c>durable_per_s</c>).</summary>
    public void Summary(string name, object? value) => _summary.Add(new(name, value));

    public static void Line(string text) => Console.WriteLine(text);

    /// <summary>Writes a Markdown-style table (also readable on a terminal).</summary>
    public static void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = header.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        foreach (var (row, index) in all.Select((r, i) => (r, i)))
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((cell, c) => index == 0 || c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |");
            if (index == 0)
            {
                Console.WriteLine("|" + string.Join("|", widths.Select((w, c) => c == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
            }
        }
    }

    /// <summary>The closing JSON line.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("benchmark", benchmark);
            foreach (var (name, value) in _summary)
            {
                WriteValue(json, name, value);
            }

            json.WriteStartObject("machine");
            json.WriteNumber("cores", Machine.Cores);
            json.WriteString("os", Machine.Os);
            json.WriteString("dotnet", Machine.Dotnet);
            WriteValue(json, "cpu", Machine.Cpu);
            WriteValue(json, "memory_bytes", Machine.MemoryBytes);
            json.WriteString("gc", Machine.Gc);
            WriteValue(json, "load_avg_1m_at_start", Machine.LoadAverage);
            WriteValue(json, "load_avg_1m_at_end", MachineInfo.ReadLoadAverage());
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var row in _results)
            {
                json.WriteStartObject();
                foreach (var (name, value) in row)
                {
                    WriteValue(json, name, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case long l:
                json.WriteNumber(name, l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumber(name, d);
                break;
            case double:
                json.WriteNull(name);
                break;
            default:
                json.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
