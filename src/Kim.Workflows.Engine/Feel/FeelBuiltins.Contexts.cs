namespace Kim.Workflows.Engine.Feel;

/// <summary>Context functions: get value, get entries, context, context put, context merge.</summary>
internal static partial class FeelBuiltins
{
    private static void AddContexts(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        add("get value", ["m", "key"], a => a[0] is FeelContext c && a[1] is string k ? (c.TryGet(k, out var v) ? v : null) : null);
        add("get entries", ["m"], a => a[0] is FeelContext c
            ? c.Entries.Select(e => (object?)Entry(e.Key, e.Value)).ToList()
            : null);
        add("context", ["entries"], a => MakeContext(a[0]));
        add("context put", ["context", "key", "value"], a => ContextPut(a[0], a[1], a[2]));
        add("context put", ["context", "keys", "value"], a => ContextPut(a[0], a[1], a[2]));
        add("context merge", ["contexts"], a => Merge(a[0]));
    }

    private static FeelContext Entry(string key, object? value)
    {
        var entry = new FeelContext();
        entry.Set("key", key);
        entry.Set("value", value);
        return entry;
    }

    private static FeelContext? MakeContext(object? entries)
    {
        var list = entries switch
        {
            List<object?> l => l,
            FeelContext c => [c],
            _ => null,
        };
        if (list is null)
        {
            return null;
        }

        var result = new FeelContext();
        foreach (var item in list)
        {
            if (item is not FeelContext entry || !entry.TryGet("key", out var key) || key is not string name
                || !entry.ContainsKey("value") || result.ContainsKey(name))
            {
                return null;
            }

            entry.TryGet("value", out var value);
            result.Set(name, value);
        }

        return result;
    }

    private static FeelContext? ContextPut(object? context, object? key, object? value)
    {
        if (context is not FeelContext c)
        {
            return null;
        }

        var keys = key switch
        {
            string s => [s],
            // Nested keys recurse once per level: a hundred levels is more than any context needs.
            List<object?> l when l.Count is > 0 and <= 100 && l.TrueForAll(k => k is string) => l.Cast<string>().ToList(),
            _ => null,
        };
        if (keys is null)
        {
            return null;
        }

        var copy = c.Copy();
        if (keys.Count == 1)
        {
            copy.Set(keys[0], value);
            return copy;
        }

        c.TryGet(keys[0], out var inner);
        var nested = ContextPut(inner ?? new FeelContext(), keys.Skip(1).Cast<object?>().ToList(), value);
        if (nested is null)
        {
            return null;
        }

        copy.Set(keys[0], nested);
        return copy;
    }

    private static FeelContext? Merge(object? contexts)
    {
        if (contexts is not List<object?> list)
        {
            return null;
        }

        var result = new FeelContext();
        foreach (var item in list)
        {
            if (item is not FeelContext c)
            {
                return null;
            }

            foreach (var (key, value) in c.Entries)
            {
                result.Set(key, value);
            }
        }

        return result;
    }
}
