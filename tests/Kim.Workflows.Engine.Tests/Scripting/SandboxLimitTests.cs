using System.Diagnostics;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Tests.Scripting;

/// <summary>The limits hold where a single built-in call does the work: a regex match, one huge string.</summary>
public sealed class SandboxLimitTests
{
    private readonly JavaScriptRunner _runner = new();
    private readonly TestScriptVariables _variables = new();

    [Fact]
    public void Catastrophic_regex_stops_at_the_script_time_limit()
    {
        // Exponential backtracking: (a+)+b against 40 'a's runs for minutes without a match timeout. Jint's own
        // regex timeout is 10 s of wall-clock time, so before the fix this took at least 10 s however idle the machine;
        // with the script's 100 ms it takes about that. The first run in a process pays for loading and compiling Jint
        // (seconds on a loaded machine), so a warm-up run comes first.
        var limits = ScriptLimits.Default with { Timeout = TimeSpan.FromMilliseconds(100) };
        _runner.Run("var warm = /a+/.test('a'.repeat(3));", _variables, limits);
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<ScriptException>(() => _runner.Run("/^(a+)+b$/.test('a'.repeat(40));", _variables, limits));

        watch.Stop();
        Assert.Contains("Zeitgrenze", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.RegularExpressions.RegexMatchTimeoutException>(ex.InnerException);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"the regex ran {watch.Elapsed.TotalSeconds:0.0} s against a 0.1 s limit (Jint's own regex timeout is 10 s)");
    }

    [Theory]
    [InlineData("var s = 'x'.repeat(1 << 27);")]
    [InlineData("var s = ''.padStart(1 << 27, 'x');")]
    [InlineData("var s = 'x'.padEnd(1 << 27, 'y');")]
    [InlineData("var s = new Array(1000).join('y'.repeat(100000));")]
    public void One_huge_string_fails_at_the_memory_limit_before_it_is_allocated(string script)
    {
        var limits = ScriptLimits.Default;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<ScriptException>(() => _runner.Run(script, _variables, limits));

        // Jint runs on this thread, so what it allocated bounds how far the process grew because of the script.
        var grown = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Contains("Speichergrenze", ex.Message, StringComparison.Ordinal);
        Assert.True(grown < 2 * limits.MemoryBytes, $"the script allocated {grown / 1024 / 1024} MB against a limit of {limits.MemoryBytes / 1024 / 1024} MB");
    }

    [Fact]
    public void Strings_within_the_limit_still_work()
    {
        _runner.Run("execution.setVariable('s', 'ab'.repeat(3) + 'x'.padStart(3, '-') + [1, 2].join('; '));", _variables);

        Assert.Equal("ababab--x1; 2", _variables.Values["s"]);
    }
}
