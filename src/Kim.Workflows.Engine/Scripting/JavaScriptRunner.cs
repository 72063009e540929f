using Acornima;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;
using JintEngine = Jint.Engine;

namespace Kim.Workflows.Engine.Scripting;

/// <summary>
/// Runs Camunda-style script tasks (<c>scriptFormat="javascript"</c>) in a fresh Jint engine per
/// run with time, memory, statement and recursion limits. Scripts see only the ECMAScript
/// built-ins and an <c>execution</c> object with getVariable/setVariable/hasVariable: no CLR
/// access (AllowClr is never called), no require, no module loading.
/// </summary>
public sealed class JavaScriptRunner
{
    private static readonly HashSet<string> Formats = new(StringComparer.OrdinalIgnoreCase) { "javascript", "js", "ecmascript" };

    public static bool Supports(string scriptFormat) => scriptFormat is not null && Formats.Contains(scriptFormat.Trim());

    /// <exception cref="ScriptException">Syntax error, runtime error, exceeded limit or unsupported value.</exception>
    public void Run(string script, IScriptVariables variables, ScriptLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(variables);
        limits ??= ScriptLimits.Default;
        try
        {
            var prepared = PreparedScriptCache.Get(script);
            using var cancellation = new CancellationTokenSource(limits.Timeout);
            using var engine = new JintEngine(options =>
            {
                options.TimeoutInterval(limits.Timeout);
                options.CancellationToken(cancellation.Token);
                options.LimitMemory(limits.MemoryBytes);
                options.MaxStatements(limits.MaxStatements);
                options.LimitRecursion(limits.RecursionDepth);
                // The memory limit is checked between statements; this stops a single huge array allocation up front.
                options.MaxArraySize((uint)Math.Clamp(limits.MemoryBytes / 16, 1024, uint.MaxValue));
                // A regex match is one .NET call the statement checks cannot interrupt (Jint's default is 10 s).
                options.Constraints.RegexTimeout = limits.Timeout;
            });
            StringAllocationGuard.Install(engine, limits.MemoryBytes);
            engine.SetValue("execution", CreateExecution(engine, variables));
            engine.Execute(prepared);
        }
        catch (ScriptException)
        {
            throw;
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException parse)
        {
            throw new ScriptException($"Syntaxfehler im Skript in Zeile {parse.LineNumber}, Spalte {parse.Column}: {parse.Description}", ex, parse.LineNumber, parse.Column);
        }
        catch (JavaScriptException ex)
        {
            var start = ex.Location.Start;
            throw new ScriptException($"Fehler im Skript in Zeile {start.Line}, Spalte {start.Column + 1}: {ex.Message}", ex, start.Line, start.Column + 1)
            {
                Refusal = RefusalOf(ex.Error),
            };
        }
        catch (Exception ex) when (ex is TimeoutException or ExecutionCanceledException)
        {
            // TimeoutException includes the RegexMatchTimeoutException of a runaway regular expression.
            throw new ScriptException($"Das Skript hat seine Zeitgrenze von {limits.Timeout.TotalMilliseconds:0} ms überschritten.", ex);
        }
        catch (Exception ex) when (ex is MemoryLimitExceededException or OutOfMemoryException)
        {
            throw new ScriptException(StringAllocationGuard.Exceeded(limits.MemoryBytes).Message, ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ScriptException($"Das Skript hat die Grenze von {limits.MaxStatements} Anweisungen überschritten.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ScriptException($"Das Skript hat die Rekursionstiefe von {limits.RecursionDepth} überschritten.", ex);
        }
        catch (Exception ex) when (ex is JintException or InvalidOperationException or ArgumentException)
        {
            throw new ScriptException($"Das Skript ist fehlgeschlagen: {ex.Message}", ex);
        }
    }

    /// <summary>The message of a plain <c>Error</c> the script threw itself; null for TypeError and the like.</summary>
    private static string? RefusalOf(JsValue thrown) =>
        thrown is ObjectInstance error && error.Get("name") is { } name && name.IsString() && name.AsString() == "Error"
            && error.Get("message") is { } message && message.IsString() && message.AsString().Length > 0
            ? message.AsString()
            : null;

    private static JsObject CreateExecution(JintEngine engine, IScriptVariables variables)
    {
        var execution = new JsObject(engine);
        execution.Set("getVariable", new ClrFunction(engine, "getVariable",
            (_, args) => JsValueConverter.ToJs(engine, variables.GetVariable(NameArgument(args, "getVariable"))), 1));
        execution.Set("hasVariable", new ClrFunction(engine, "hasVariable",
            (_, args) => variables.HasVariable(NameArgument(args, "hasVariable")) ? JsBoolean.True : JsBoolean.False, 1));
        execution.Set("setVariable", new ClrFunction(engine, "setVariable", (_, args) =>
        {
            var name = NameArgument(args, "setVariable");
            variables.SetVariable(name, JsValueConverter.FromJs(args.Length > 1 ? args[1] : JsValue.Undefined));
            return JsValue.Undefined;
        }, 2));
        return execution;
    }

    private static string NameArgument(JsValue[] args, string method) =>
        args.Length > 0 && args[0].IsString()
            ? args[0].AsString()
            : throw new ScriptException($"execution.{method} erwartet als erstes Argument einen Variablennamen (Text).");
}
