using System.Collections.Concurrent;

namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// Bounded, thread-safe cache of compiled expressions keyed by their text. Expression texts come
/// from deployed models, so the working set is small; when the bound is reached the cache is
/// simply emptied, which costs only recompilation and needs no eviction bookkeeping.
/// Syntax errors are not cached.
/// </summary>
internal sealed class ExpressionCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CompiledExpression> _entries = new(StringComparer.Ordinal);

    public static ExpressionCache Shared { get; } = new(4096);

    public int Count => _entries.Count;

    public CompiledExpression GetOrAdd(string text, Func<string, CompiledExpression> compile)
    {
        if (_entries.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var compiled = compile(text);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(text, compiled);
    }
}
