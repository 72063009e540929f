using System.Text;

namespace Kim.Workflows.Engine.Variables;

/// <summary>The size of a variable value in bytes, close to its stored JSON, without serializing it.</summary>
public static class VariableSize
{
    public static long Of(object? value) => value switch
    {
        null => 4,
        bool => 5,
        long or double => 8,
        DateTimeOffset => 34,
        string s => Encoding.UTF8.GetByteCount(s) + 2,
        List<object?> list => list.Sum(Of) + list.Count + 2,
        Dictionary<string, object?> map => map.Sum(kv => Encoding.UTF8.GetByteCount(kv.Key) + 3 + Of(kv.Value)) + 2,
        _ => Encoding.UTF8.GetByteCount(value.ToString() ?? ""),
    };

    /// <summary>"300 KB" / "2,1 MB" for German messages.</summary>
    public static string Format(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("de-DE")) + " MB"
            : Math.Ceiling(bytes / 1024.0).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
