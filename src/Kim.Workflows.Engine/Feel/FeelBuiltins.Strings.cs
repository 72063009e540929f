using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Kim.Workflows.Engine.Feel;

/// <summary>String functions. Positions and lengths count Unicode code points, as FEEL does (not UTF-16 units).</summary>
internal static partial class FeelBuiltins
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex?> RegexCache = new();

    private static void AddStrings(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("substring", ["string", "start position", "length?"], Substring);
        add("string length", ["string"], a => a[0] is string s ? (decimal)Runes(s).Length : null);
        add("upper case", ["string"], a => (a[0] as string)?.ToUpperInvariant());
        add("lower case", ["string"], a => (a[0] as string)?.ToLowerInvariant());
        add("substring before", ["string", "match"], a => a[0] is string s && a[1] is string m
            ? (s.IndexOf(m, StringComparison.Ordinal) is var i && i >= 0 ? s[..i] : string.Empty)
            : null);
        add("substring after", ["string", "match"], a => a[0] is string s && a[1] is string m
            ? (m.Length == 0 ? s : s.IndexOf(m, StringComparison.Ordinal) is var i && i >= 0 ? s[(i + m.Length)..] : string.Empty)
            : null);
        add("contains", ["string", "match"], a => a[0] is string s && a[1] is string m ? s.Contains(m, StringComparison.Ordinal) : null);
        add("starts with", ["string", "match"], a => a[0] is string s && a[1] is string m ? s.StartsWith(m, StringComparison.Ordinal) : null);
        add("ends with", ["string", "match"], a => a[0] is string s && a[1] is string m ? s.EndsWith(m, StringComparison.Ordinal) : null);
        add("matches", ["input", "pattern", "flags?"], a => a[0] is string s && MakeRegex(a[1], a.Has(2) ? a[2] : null) is { } r
            ? Guard(() => r.IsMatch(s))
            : null);
        add("replace", ["input", "pattern", "replacement", "flags?"], a => a[0] is string s && a[2] is string replacement
            && MakeRegex(a[1], a.Has(3) ? a[3] : null) is { } r
                ? Guard(() => r.Replace(s, XPathReplacement(replacement)))
                : null);
        add("split", ["string", "delimiter"], a => a[0] is string s && MakeRegex(a[1], null) is { } r
            ? Guard(() => r.Split(s).Cast<object?>().ToList())
            : null);
        add("string join", ["list", "delimiter?"], a => StringJoin(a[0], a.Has(1) ? a[1] : null));
    }

    private static int[] Runes(string s) => s.EnumerateRunes().Select(r => r.Value).ToArray();

    private static string FromRunes(IEnumerable<int> runes)
    {
        var text = new StringBuilder();
        foreach (var rune in runes)
        {
            text.Append(char.ConvertFromUtf32(rune));
        }

        return text.ToString();
    }

    private static object? Substring(FeelArgs a)
    {
        if (a[0] is not string s || a[1] is not decimal start || (a.Has(2) && a[2] is not decimal))
        {
            return null;
        }

        var runes = Runes(s);
        var first = (long)decimal.Truncate(start);
        var from = first > 0 ? first - 1 : runes.Length + first;
        if (first == 0 || from < 0 || from >= runes.Length)
        {
            return null;
        }

        var length = a.Has(2) ? (long)decimal.Truncate((decimal)a[2]!) : runes.Length - from;
        if (length < 0)
        {
            return null;
        }

        return FromRunes(runes.Skip((int)from).Take((int)Math.Min(length, runes.Length - from)));
    }

    private static object? StringJoin(object? list, object? delimiter)
    {
        if (list is not List<object?> items || (delimiter is not null and not string))
        {
            return null;
        }

        if (items.Exists(i => i is not null and not string))
        {
            return null;
        }

        return string.Join((string?)delimiter ?? string.Empty, items.OfType<string>());
    }

    /// <summary>An XPath-flavoured pattern as a .NET regex; null for an invalid pattern or flags.</summary>
    private static Regex? MakeRegex(object? pattern, object? flags)
    {
        if (pattern is not string p || (flags is not null and not string))
        {
            return null;
        }

        var options = RegexOptions.CultureInvariant;
        foreach (var flag in (string?)flags ?? string.Empty)
        {
            switch (flag)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'x': options |= RegexOptions.IgnorePatternWhitespace; break;
                case 'q': p = Regex.Escape(p); break;
                default: return null;
            }
        }

        if (RegexCache.TryGetValue((p, options), out var cached))
        {
            return cached;
        }

        Regex? regex;
        try
        {
            regex = new Regex(p, options, RegexTimeout);
        }
        catch (ArgumentException)
        {
            regex = null;
        }

        // Form validation runs the same few patterns again and again; keep a bounded set compiled.
        if (RegexCache.Count >= 256)
        {
            RegexCache.Clear();
        }

        RegexCache[(p, options)] = regex;
        return regex;
    }

    /// <summary>XPath replacement strings escape with backslash; .NET's use $$ for a dollar.</summary>
    private static string XPathReplacement(string replacement)
    {
        var text = new StringBuilder();
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c == '\\' && i + 1 < replacement.Length)
            {
                var next = replacement[++i];
                text.Append(next == '$' ? "$$" : next.ToString());
            }
            else if (c == '$' && i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1]))
            {
                text.Append("${").Append(replacement[i + 1]).Append('}');
                i++;
            }
            else
            {
                text.Append(c == '$' ? "$$" : c.ToString());
            }
        }

        return text.ToString();
    }

    private static object? Guard(Func<object?> action)
    {
        try
        {
            return action();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new FeelLimitException("Ein regulärer Ausdruck rechnet länger als erlaubt.");
        }
    }
}
