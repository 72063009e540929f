using System.Text.RegularExpressions;

namespace Kim.Workflows.Engine.Tests.Guards;

/// <summary>One read of the machine's clock or zone: where, what, and the line.</summary>
public sealed record WallClockRead(string Path, int Line, string Token, string Text)
{
    public override string ToString() => $"{Path}:{Line}: {Token} in \"{Text.Trim()}\"";
}

/// <summary>
/// Finds reads of the machine's clock and time zone in C# and Razor sources: <c>DateTime.Now/UtcNow/Today</c>,
/// <c>DateTimeOffset.Now/UtcNow</c>, <c>TimeZoneInfo.Local</c>, <c>ToLocalTime()</c>, <c>TimeProvider.System</c>
/// and <c>FindSystemTimeZoneById</c> (the machine's tz files instead of the one calendar). Comments are ignored,
/// so documentation may name what it forbids.
/// </summary>
public static partial class WallClockScanner
{
    public static readonly string[] Extensions = [".cs", ".cshtml", ".razor"];

    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "wwwroot"];

    public static IReadOnlyList<WallClockRead> ScanText(string path, string text)
    {
        var reads = new List<WallClockRead>();
        var lines = StripComments(text).Split('\n');
        var original = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in Forbidden().Matches(lines[i]))
            {
                reads.Add(new WallClockRead(path, i + 1, Normalise(match.Value), original[i]));
            }
        }

        return reads;
    }

    /// <summary>
    /// Every read under <paramref name="folders"/> (relative to <paramref name="root"/>), paths with forward slashes;
    /// files under <paramref name="exempt"/> (path prefixes) are skipped.
    /// </summary>
    public static IReadOnlyList<WallClockRead> ScanFolders(string root, IReadOnlyList<string> folders, IReadOnlyList<string> exempt)
    {
        var reads = new List<WallClockRead>();
        foreach (var folder in folders)
        {
            var start = Path.Combine(root, folder);
            if (!Directory.Exists(start))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (Extensions.Contains(Path.GetExtension(file)) && !relative.Split('/').Any(SkippedFolders.Contains)
                    && !exempt.Any(e => relative.StartsWith(e, StringComparison.Ordinal)))
                {
                    reads.AddRange(ScanText(relative, File.ReadAllText(file)));
                }
            }
        }

        return reads;
    }

    // "ToLocalTime ()" and "ToLocalTime()" are one token; member access with spaces is folded the same way.
    private static string Normalise(string token) => WhiteSpace().Replace(token, string.Empty);

    /// <summary>Blanks out // line comments, /* block */ comments and Razor @* comments *@, keeping line breaks.</summary>
    internal static string StripComments(string text) =>
        Comments().Replace(text, m => m.Value.StartsWith('"') ? m.Value : new string(m.Value.Where(c => c == '\n').ToArray()));

    // Strings first (so "http://" inside a string is not a comment start), then the three comment forms.
    [GeneratedRegex("""("(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?\*/|@\*.*?\*@""", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex("""\bDateTime\s*\.\s*(?:Now|UtcNow|Today)\b|\bDateTimeOffset\s*\.\s*(?:Now|UtcNow)\b|\bTimeZoneInfo\s*\.\s*Local\b|\.\s*ToLocalTime\s*\(|\bTimeProvider\s*\.\s*System\b|\bFindSystemTimeZoneById\b""")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
