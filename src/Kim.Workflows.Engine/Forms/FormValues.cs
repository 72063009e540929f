using System.Globalization;

namespace Kim.Workflows.Engine.Forms;

/// <summary>Reading and writing values at dot-separated paths of variable maps, and comparing form values.</summary>
internal static class FormValues
{
    /// <summary>Equal as form-js compares choices: numbers by value whatever their CLR type, everything else by equality.</summary>
    public static bool SameValue(object? a, object? b)
    {
        if (ToDecimal(a, strings: false) is { } x && ToDecimal(b, strings: false) is { } y)
        {
            return x == y;
        }

        return Equals(a, b);
    }

    public static decimal? ToDecimal(object? value, bool strings = true) => value switch
    {
        long l => l,
        int i => i,
        decimal m => m,
        double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        string s when strings && decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static (bool Found, object? Value) Get(IReadOnlyDictionary<string, object?>? root, string path)
    {
        object? node = root;
        foreach (var segment in path.Split('.'))
        {
            switch (node)
            {
                case IReadOnlyDictionary<string, object?> map when map.TryGetValue(segment, out var next):
                    node = next;
                    break;
                case IDictionary<string, object?> map when map.TryGetValue(segment, out var next):
                    node = next;
                    break;
                default:
                    return (false, null);
            }
        }

        return (true, node);
    }

    /// <summary>Sets a value, creating (or replacing non-map) intermediate maps.</summary>
    public static void Set(Dictionary<string, object?> root, string path, object? value)
    {
        var segments = path.Split('.');
        var map = root;
        foreach (var segment in segments[..^1])
        {
            if (map.TryGetValue(segment, out var next) && next is Dictionary<string, object?> child)
            {
                map = child;
            }
            else
            {
                child = new Dictionary<string, object?>(StringComparer.Ordinal);
                map[segment] = child;
                map = child;
            }
        }

        map[segments[^1]] = value;
    }

    /// <summary>Removes the value at a path (nothing happens when the path does not exist).</summary>
    public static void Remove(Dictionary<string, object?> root, string path)
    {
        var segments = path.Split('.');
        var map = root;
        foreach (var segment in segments[..^1])
        {
            if (!map.TryGetValue(segment, out var next) || next is not Dictionary<string, object?> child)
            {
                return;
            }

            map = child;
        }

        map.Remove(segments[^1]);
    }

    /// <summary>A deep copy of lists and maps, so writing a submission never changes the caller's variables.</summary>
    public static object? Copy(object? value) => value switch
    {
        List<object?> list => list.Select(Copy).ToList(),
        IReadOnlyDictionary<string, object?> map => CopyMap(map),
        _ => value,
    };

    public static Dictionary<string, object?> CopyMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            copy[key] = Copy(item);
        }

        return copy;
    }

    public static string Describe(object? value) => value switch
    {
        null => "leer",
        string s => s,
        bool b => b ? "ja" : "nein",
        List<object?> => "eine Liste",
        IReadOnlyDictionary<string, object?> => "ein Objekt",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
