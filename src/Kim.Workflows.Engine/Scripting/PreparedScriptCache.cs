using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using JintEngine = Jint.Engine;

namespace Kim.Workflows.Engine.Scripting;

/// <summary>
/// Parsed scripts by text. Jint's prepared scripts are immutable and may be shared between
/// engines, so each run pays only for execution. Bounded like the expression cache: emptied
/// when full, because script texts come from a small set of deployed models.
/// </summary>
internal static class PreparedScriptCache
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<string, Prepared<Script>> Entries = new(StringComparer.Ordinal);

    public static Prepared<Script> Get(string script)
    {
        if (Entries.TryGetValue(script, out var prepared))
        {
            return prepared;
        }

        prepared = JintEngine.PrepareScript(script);
        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        return Entries.GetOrAdd(script, prepared);
    }
}
