using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime.Interop;
using JintEngine = Jint.Engine;

namespace Kim.Workflows.Engine.Scripting;

/// <summary>
/// Jint checks its memory limit between statements, so one built-in call that builds a huge string
/// (<c>'x'.repeat(1 &lt;&lt; 27)</c> is 256 MB) allocates it all before the check. Before the script runs, these
/// built-ins are wrapped: the wrapper computes the length of the result first and refuses one that alone would
/// exceed the memory limit. The originals stay in the wrapper's closure, out of the script's reach (the wrapper
/// calls them through a <c>Reflect.apply</c> taken before any script code ran).
/// </summary>
internal static class StringAllocationGuard
{
    private const string InstallerSource = """
        'use strict';
        (function (maxChars, fail) {
          const apply = Reflect.apply, defineProperty = Object.defineProperty;
          const count = v => typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : 0;
          const length = v => typeof v === 'string' ? v.length : 0;
          const guard = (prototype, name, size) => {
            const original = prototype[name];
            const wrapper = { [name](...args) { if (size(this, args) > maxChars) { fail(); } return apply(original, this, args); } }[name];
            defineProperty(prototype, name, { value: wrapper, writable: true, configurable: true, enumerable: false });
          };
          guard(String.prototype, 'repeat', (s, a) => length(s) * count(a[0]));
          guard(String.prototype, 'padStart', (s, a) => count(a[0]));
          guard(String.prototype, 'padEnd', (s, a) => count(a[0]));
          guard(Array.prototype, 'join', (s, a) => Math.max(0, (s !== null && s !== undefined ? count(s.length) : 0) - 1) * length(a[0]));
        })
        """;

    private static readonly Prepared<Script> Installer = JintEngine.PrepareScript(InstallerSource, strict: true);

    public static void Install(JintEngine engine, long memoryBytes)
    {
        // UTF-16: two bytes per character.
        var fail = new ClrFunction(engine, "fail", (_, _) => throw Exceeded(memoryBytes));
        var install = engine.Evaluate(Installer);
        engine.Invoke(install, JsValue.Undefined, [JsNumber.Create(memoryBytes / 2), fail]);
    }

    /// <summary>Thrown as a host exception, outside JavaScript's reach: a script cannot catch and ignore its memory limit.</summary>
    public static ScriptException Exceeded(long memoryBytes) =>
        new($"Das Skript hat seine Speichergrenze von {memoryBytes / 1024.0 / 1024.0:0.#} MB überschritten.");
}
