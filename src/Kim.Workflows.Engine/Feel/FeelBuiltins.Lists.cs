namespace Kim.Workflows.Engine.Feel;

/// <summary>List functions (DMN 1.5 10.3.4.4) and sort.</summary>
internal static partial class FeelBuiltins
{
    private static void AddLists(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("list contains", ["list", "element"], a => a[0] is List<object?> l ? l.Exists(i => FeelCompare.AreEqual(i, a[1]) == true) : null);
        add("count", ["list"], a => a[0] is List<object?> l ? (decimal)l.Count : null);
        foreach (var name in new[] { "min", "max" })
        {
            var sign = name == "min" ? -1 : 1;
            add(name, ["list"], a => Extreme(AsList(a[0]), sign));
            add(name, ["c..."], a => Extreme(a[0] as List<object?>, sign));
        }

        foreach (var (name, body) in new (string, Func<List<object?>, object?>)[]
        {
            ("sum", Sum), ("mean", Mean), ("median", Median), ("stddev", Stddev), ("mode", Mode), ("product", Product),
            ("all", All), ("any", Any),
        })
        {
            add(name, ["list"], a => AsList(a[0]) is { } l ? body(l) : null);
            add(name, ["n..."], a => body((List<object?>)a[0]!));
        }

        add("sublist", ["list", "start position", "length?"], Sublist);
        add("append", ["list", "item..."], a => a[0] is List<object?> l ? l.Concat((List<object?>)a[1]!).ToList() : null);
        add("concatenate", ["list..."], a => Concatenate((List<object?>)a[0]!));
        add("insert before", ["list", "position", "newItem"], a => Position(a[0], a[1]) is { } at ? Insert((List<object?>)a[0]!, at, a[2]) : null);
        add("remove", ["list", "position"], a => Position(a[0], a[1]) is { } at ? Remove((List<object?>)a[0]!, at) : null);
        add("list replace", ["list", "position", "newItem"], a => ListReplace(a.Interpreter, a[0], a[1], a[2]));
        add("reverse", ["list"], a => a[0] is List<object?> l ? Enumerable.Reverse(l).ToList() : null);
        add("index of", ["list", "match"], a => a[0] is List<object?> l
            ? l.Select((item, i) => (item, i)).Where(p => FeelCompare.AreEqual(p.item, a[1]) == true).Select(p => (object?)(decimal)(p.i + 1)).ToList()
            : null);
        add("union", ["list..."], a => Concatenate((List<object?>)a[0]!) is List<object?> all ? Distinct(all) : null);
        add("distinct values", ["list"], a => a[0] is List<object?> l ? Distinct(l) : null);
        add("flatten", ["list"], a => a[0] is List<object?> l ? Flatten(l, []) : null);
        add("sort", ["list", "precedes?"], Sort);
    }

    private static List<object?>? AsList(object? value) => value switch
    {
        List<object?> list => list,
        null => null,
        _ => [value],
    };

    private static object? Extreme(List<object?>? list, int sign)
    {
        if (list is null || list.Count == 0)
        {
            return null;
        }

        var best = list[0];
        foreach (var item in list.Skip(1))
        {
            if (FeelCompare.Order(item, best) is not { } order)
            {
                return null;
            }

            if (order * sign > 0)
            {
                best = item;
            }
        }

        return FeelCompare.Order(best, best) is null ? null : best;
    }

    private static List<decimal>? Numbers(List<object?> list) =>
        list.TrueForAll(i => i is decimal) ? list.Cast<decimal>().ToList() : null;

    private static object? Sum(List<object?> list) => Numbers(list) is { Count: > 0 } n ? n.Sum() : null;

    private static object? Product(List<object?> list) =>
        Numbers(list) is { Count: > 0 } n ? n.Aggregate(1m, (p, x) => p * x) : null;

    private static object? Mean(List<object?> list) => Numbers(list) is { Count: > 0 } n ? n.Sum() / n.Count : null;

    private static object? Median(List<object?> list)
    {
        if (Numbers(list) is not { Count: > 0 } n)
        {
            return null;
        }

        n.Sort();
        return n.Count % 2 == 1 ? n[n.Count / 2] : (n[(n.Count / 2) - 1] + n[n.Count / 2]) / 2;
    }

    private static object? Stddev(List<object?> list)
    {
        if (Numbers(list) is not { Count: > 1 } n)
        {
            return null;
        }

        var mean = n.Sum() / n.Count;
        var variance = n.Sum(x => (x - mean) * (x - mean)) / (n.Count - 1);
        return SquareRoot(variance);
    }

    private static object? Mode(List<object?> list)
    {
        if (Numbers(list) is not { } n)
        {
            return null;
        }

        var groups = n.GroupBy(x => x).ToList();
        if (groups.Count == 0)
        {
            return new List<object?>();
        }

        var most = groups.Max(g => g.Count());
        return groups.Where(g => g.Count() == most).Select(g => g.Key).Order().Select(x => (object?)x).ToList();
    }

    private static object? All(List<object?> list)
    {
        if (list.Exists(i => i is false))
        {
            return false;
        }

        return list.TrueForAll(i => i is true) ? true : null;
    }

    private static object? Any(List<object?> list)
    {
        if (list.Exists(i => i is true))
        {
            return true;
        }

        return list.TrueForAll(i => i is false) ? false : null;
    }

    private static object? Sublist(FeelArgs a)
    {
        if (a[0] is not List<object?> list || a[1] is not decimal start || !FeelNumbers.IsInteger(start) || (a.Has(2) && a[2] is not decimal))
        {
            return null;
        }

        var from = start > 0 ? (int)start - 1 : list.Count + (int)start;
        if (start == 0 || from < 0 || from >= list.Count)
        {
            return null;
        }

        var length = a.Has(2) ? (int)(decimal)a[2]! : list.Count - from;
        return length < 0 || from + length > list.Count ? null : list.GetRange(from, length);
    }

    private static object? Concatenate(List<object?> lists)
    {
        var result = new List<object?>();
        foreach (var list in lists)
        {
            if (list is not List<object?> items)
            {
                return null;
            }

            result.AddRange(items);
        }

        return result;
    }

    /// <summary>A 1-based (negative: from the end) position as a 0-based index, null when outside the list.</summary>
    private static int? Position(object? list, object? position)
    {
        if (list is not List<object?> items || position is not decimal p || !FeelNumbers.IsInteger(p) || p == 0 || Math.Abs(p) > items.Count)
        {
            return null;
        }

        return p > 0 ? (int)p - 1 : items.Count + (int)p;
    }

    private static List<object?> Insert(List<object?> list, int at, object? item)
    {
        var copy = new List<object?>(list);
        copy.Insert(at, item);
        return copy;
    }

    private static List<object?> Remove(List<object?> list, int at)
    {
        var copy = new List<object?>(list);
        copy.RemoveAt(at);
        return copy;
    }

    private static object? ListReplace(FeelInterpreter interpreter, object? list, object? position, object? item)
    {
        if (list is not List<object?> items)
        {
            return null;
        }

        var copy = new List<object?>(items);
        if (position is FeelFunction match)
        {
            for (var i = 0; i < copy.Count; i++)
            {
                if (match.Invoke(interpreter, [copy[i], item], null) is true)
                {
                    copy[i] = item;
                }
            }

            return copy;
        }

        if (Position(list, position) is not { } at)
        {
            return null;
        }

        copy[at] = item;
        return copy;
    }

    private static List<object?> Distinct(List<object?> list)
    {
        var result = new List<object?>();
        foreach (var item in list)
        {
            if (!result.Exists(r => FeelCompare.AreEqual(r, item) == true))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<object?> Flatten(List<object?> list, List<object?> into)
    {
        foreach (var item in list)
        {
            if (item is List<object?> inner)
            {
                Flatten(inner, into);
            }
            else
            {
                into.Add(item);
            }
        }

        return into;
    }

    private static object? Sort(FeelArgs a)
    {
        if (a[0] is not List<object?> list)
        {
            return null;
        }

        var precedes = a.Has(1) ? a[1] as FeelFunction : null;
        if (a.Has(1) && precedes is null)
        {
            return null;
        }

        var failed = false;
        int Compare(object? x, object? y)
        {
            if (precedes is null)
            {
                var order = FeelCompare.Order(x, y);
                failed |= order is null;
                return order ?? 0;
            }

            a.Interpreter.Step();
            var before = precedes.Invoke(a.Interpreter, [x, y], null);
            failed |= before is not bool;
            return before is true ? -1 : precedes.Invoke(a.Interpreter, [y, x], null) is true ? 1 : 0;
        }

        var sorted = list.Order(Comparer<object?>.Create(Compare)).ToList();
        return failed ? null : sorted;
    }
}
