using System.Diagnostics;
using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Tests.Scripting;

[CollectionDefinition(nameof(SandboxWorkingSetTests), DisableParallelization = true)]
public sealed class SandboxWorkingSetCollection;

/// <summary>
/// The process's working set, measured around one script that asks for a 256 MB string. Runs alone (no other
/// test allocates meanwhile), so the growth is the script's.
/// </summary>
[Collection(nameof(SandboxWorkingSetTests))]
public sealed class SandboxWorkingSetTests
{
    [Fact]
    public void A_script_asking_for_256_MB_grows_the_working_set_by_less_than_twice_its_limit()
    {
        var limits = ScriptLimits.Default;
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var before = process.WorkingSet64;

        var ex = Assert.Throws<ScriptException>(() => new JavaScriptRunner().Run("var s = 'x'.repeat(1 << 27);", new TestScriptVariables(), limits));

        process.Refresh();
        var grown = process.WorkingSet64 - before;
        Assert.Contains("Speichergrenze", ex.Message, StringComparison.Ordinal);
        Assert.True(grown < 2 * limits.MemoryBytes, $"the working set grew by {grown / 1024 / 1024} MB against a limit of {limits.MemoryBytes / 1024 / 1024} MB");
    }
}
