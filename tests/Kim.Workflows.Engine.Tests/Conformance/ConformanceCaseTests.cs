using System.Text.Json;
using Kim.Workflows.Engine.Simulation;
using Kim.Workflows.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Kim.Workflows.Engine.Tests.Conformance;

/// <summary>
/// Every case of the conformance kit, in-process through <see cref="ConformanceSimulator"/>. Reads the
/// shared kit when present, otherwise the copy beside this file.
/// </summary>
public sealed class ConformanceCaseTests(ITestOutputHelper output)
{
    public static string? CaseDirectory =>
        TestPaths.FindShared(Path.Combine("conformance", "cases"))
        ?? (Directory.Exists(Path.Combine(AppContext.BaseDirectory, "Conformance", "cases")) ? Path.Combine(AppContext.BaseDirectory, "Conformance", "cases") : null);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (CaseDirectory is not { } dir)
        {
            data.Add("");
            return data;
        }

        foreach (var file in Directory.GetFiles(dir, "*.script.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".script.json".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_expected_trace(string name)
    {
        if (CaseDirectory is not { } dir || name.Length == 0)
        {
            output.WriteLine("skipped: conformance cases not present");
            return;
        }

        output.WriteLine($"cases from {dir}");
        AssertCase(dir, name);
    }

    /// <summary>Our own hand-verified cases (Simulation/extra-cases): semantics the kit does not cover yet.</summary>
    public static TheoryData<string> ExtraCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExtraCaseDirectory, "*.script.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".script.json".Length]);
        }

        return data;
    }

    private static string ExtraCaseDirectory => Path.Combine(AppContext.BaseDirectory, "Simulation", "extra-cases");

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public void Extra_case_matches_expected_trace(string name) => AssertCase(ExtraCaseDirectory, name);

    private static void AssertCase(string dir, string name)
    {
        var bpmn = Path.Combine(dir, name + ".bpmn");
        if (!File.Exists(bpmn))
        {
            bpmn = Path.Combine(dir, name.Split('.')[0] + ".bpmn");
        }

        var script = SimulationScript.Parse(File.ReadAllText(Path.Combine(dir, name + ".script.json")));
        var trace = ConformanceSimulator.Run(File.ReadAllBytes(bpmn), script);
        using var actual = JsonDocument.Parse(trace.ToJson());
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, name + ".expected.json")));
        var diffs = TraceComparer.Differences(expected.RootElement, actual.RootElement);
        Assert.True(diffs.Count == 0, $"{name}: {string.Join(" | ", diffs)} (error: {trace.Error})");
    }

    [Fact]
    public void Comparer_follows_check_py_rules()
    {
        static JsonElement J(string s) => JsonDocument.Parse(s).RootElement;
        Assert.True(TraceComparer.JsonEquals(J("2"), J("2.0")));
        Assert.False(TraceComparer.JsonEquals(J("true"), J("1")));
        Assert.True(TraceComparer.JsonEquals(J("""{"a":1,"b":[true]}"""), J("""{"b":[true],"a":1.0}""")));
        var e = J("""{"state":"waiting","completed":["a","b","a"],"flowsTaken":[],"waitingOn":["x"],"variables":{}}""");
        Assert.Empty(TraceComparer.Differences(e, J("""{"state":"waiting","completed":["a","a","b"],"flowsTaken":[],"waitingOn":["x","x"],"variables":{}}""")));
        Assert.NotEmpty(TraceComparer.Differences(e, J("""{"state":"waiting","completed":["a","b"],"flowsTaken":[],"waitingOn":["x"],"variables":{}}""")));
    }
}
