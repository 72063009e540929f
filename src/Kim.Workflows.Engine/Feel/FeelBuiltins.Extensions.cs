using NodaTime;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Functions beyond DMN 1.5 that Camunda's FEEL offers and Camunda Forms expressions use (form-js evaluates
/// them in the browser, so the server must know them too). <c>is defined</c> is handled by the interpreter,
/// since it must tell a missing variable from one that is null.
/// </summary>
internal static partial class FeelBuiltins
{
    private static void AddExtensions(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("get or else", ["value", "default"], a => a[0] ?? a[1]);
        add("is empty", ["list"], a => a[0] is List<object?> l ? l.Count == 0 : null);
        add("trim", ["string"], a => (a[0] as string)?.Trim());
        add("is blank", ["string"], a => a[0] is string s ? s.Trim().Length == 0 : null);
        add("string join", ["list", "delimiter", "prefix", "suffix"], a => StringJoin(a[0], a[1]) is string joined
            && a[2] is null or string && a[3] is null or string
                ? (string?)a[2] + joined + (string?)a[3]
                : null);
        add("last day of month", ["date"], a => DateOf(a[0]) is { } d
            ? new LocalDate(d.Year, d.Month, CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month))
            : null);
        add("duplicate values", ["list"], a => a[0] is List<object?> l
            ? Distinct(l.Where((item, i) => l.Skip(i + 1).Any(other => FeelCompare.AreEqual(item, other) == true)).ToList())
            : null);
        add("partition", ["list", "size"], a => a[0] is List<object?> l && a[1] is decimal size && FeelNumbers.IsInteger(size) && size > 0
            ? l.Chunk((int)Math.Min(size, int.MaxValue)).Select(chunk => (object?)chunk.ToList()).ToList()
            : null);
        add("extract", ["string", "pattern"], a => a[0] is string s && MakeRegex(a[1], null) is { } r
            ? Guard(() => r.Matches(s).Select(m => (object?)m.Value).ToList())
            : null);
    }

    /// <summary>
    /// <c>is defined(x)</c>: false when the name (or a path step) does not exist, true otherwise, even for a
    /// variable that is null (Camunda's meaning).
    /// </summary>
    public static bool IsDefined(FeelInterpreter interpreter, FeelNode argument, FeelScope scope) => argument switch
    {
        NameNode name => scope.TryResolve(name.Name, out _) || Find(name.Name) is not null,
        PathNode path when path.AsName is { } whole && scope.TryResolve(whole, out _) => true,
        PathNode path => IsDefined(interpreter, path.Target, scope)
            && interpreter.Evaluate(path.Target, scope) switch
            {
                FeelContext context => context.ContainsKey(path.Member),
                null => false,
                var other => FeelPaths.Member(other, path.Member) is not null,
            },
        _ => true,
    };

}
