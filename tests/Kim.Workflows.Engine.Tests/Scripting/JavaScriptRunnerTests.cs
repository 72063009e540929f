using Kim.Workflows.Engine.Scripting;

namespace Kim.Workflows.Engine.Tests.Scripting;

public class JavaScriptRunnerTests
{
    private readonly JavaScriptRunner _runner = new();
    private readonly TestScriptVariables _variables = new();

    private ScriptException Fails(string script, ScriptLimits? limits = null) =>
        Assert.Throws<ScriptException>(() => _runner.Run(script, _variables, limits));

    [Theory]
    [InlineData("javascript", true)]
    [InlineData("JavaScript", true)]
    [InlineData("js", true)]
    [InlineData("ECMAScript", true)]
    [InlineData("groovy", false)]
    [InlineData("python", false)]
    public void SupportsJavaScriptFormats(string format, bool expected) => Assert.Equal(expected, JavaScriptRunner.Supports(format));

    [Fact]
    public void CamundaStyleIncrementKeepsLong()
    {
        _variables.Values["base"] = 41L;
        _runner.Run("execution.setVariable(\"scripted\", execution.getVariable(\"base\") + 1);", _variables);
        Assert.Equal(42L, _variables.Values["scripted"]);
    }

    [Fact]
    public void StringPlusNumberConcatenates()
    {
        _runner.Run("execution.setVariable('s', 's' + 1);", _variables);
        Assert.Equal("s1", _variables.Values["s"]);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("undefined", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("7", 7L)]
    [InlineData("-3", -3L)]
    [InlineData("2.5", 2.5)]
    [InlineData("10 / 4", 2.5)]
    [InlineData("6 / 3", 2L)]
    [InlineData("'Fallkonferenz'", "Fallkonferenz")]
    public void ScalarsConvert(string js, object? expected)
    {
        _runner.Run($"execution.setVariable('v', {js});", _variables);
        Assert.Equal(expected, _variables.Values["v"]);
    }

    [Fact]
    public void ValuesRoundTrip()
    {
        var date = new DateTimeOffset(2030, 3, 1, 9, 0, 0, 123, TimeSpan.Zero);
        _variables.Values["n"] = 5L;
        _variables.Values["d"] = 1.25;
        _variables.Values["s"] = "Zielvereinbarung";
        _variables.Values["b"] = true;
        _variables.Values["nil"] = null;
        _variables.Values["date"] = date;
        _variables.Values["list"] = new List<object?> { 1L, "zwei", new List<object?> { 3.5 } };
        _variables.Values["map"] = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = new Dictionary<string, object?> { ["c"] = null } };
        _variables.Values["small"] = 3; // a foreign CLR int is normalized on the way in
        _runner.Run("""
            for (const name of ['n', 'd', 's', 'b', 'nil', 'date', 'list', 'map', 'small']) {
              execution.setVariable(name + '2', execution.getVariable(name));
            }
            execution.setVariable('types', [typeof execution.getVariable('n'), execution.getVariable('date') instanceof Date,
              Array.isArray(execution.getVariable('list')), execution.getVariable('map').b.c === null]);
            """, _variables);
        Assert.Equal(5L, _variables.Values["n2"]);
        Assert.Equal(1.25, _variables.Values["d2"]);
        Assert.Equal("Zielvereinbarung", _variables.Values["s2"]);
        Assert.Equal(true, _variables.Values["b2"]);
        Assert.Null(_variables.Values["nil2"]);
        Assert.Equal(date, _variables.Values["date2"]);
        Assert.Equal(new List<object?> { 1L, "zwei", new List<object?> { 3.5 } }, _variables.Values["list2"]);
        var map = Assert.IsType<Dictionary<string, object?>>(_variables.Values["map2"]);
        Assert.Equal(1L, map["a"]);
        Assert.Null(Assert.IsType<Dictionary<string, object?>>(map["b"])["c"]);
        Assert.Equal(3L, _variables.Values["small2"]);
        Assert.Equal(new List<object?> { "number", true, true, true }, _variables.Values["types"]);
    }

    [Fact]
    public void ObjectsAndDatesCreatedInScriptConvert()
    {
        _runner.Run("execution.setVariable('o', { name: 'x', items: [1, 2.5], when: new Date(Date.UTC(2030, 0, 2)) });", _variables);
        var o = Assert.IsType<Dictionary<string, object?>>(_variables.Values["o"]);
        Assert.Equal("x", o["name"]);
        Assert.Equal(new List<object?> { 1L, 2.5 }, o["items"]);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 0, 0, 0, TimeSpan.Zero), o["when"]);
    }

    [Fact]
    public void HasVariableAndMissingVariable()
    {
        _variables.Values["x"] = 1L;
        _runner.Run("execution.setVariable('r', [execution.hasVariable('x'), execution.hasVariable('y'), execution.getVariable('y')]);", _variables);
        Assert.Equal(new List<object?> { true, false, null }, _variables.Values["r"]);
    }

    [Theory]
    [InlineData("execution.setVariable('f', function () {});")]
    [InlineData("execution.setVariable('n', NaN);")]
    [InlineData("execution.setVariable('n', 1 / 0);")]
    [InlineData("var a = {}; a.self = a; execution.setVariable('c', a);")]
    [InlineData("execution.setVariable(42, 1);")]
    public void UnstorableValuesFail(string script) => Fails(script);

    [Fact]
    public void EndlessLoopIsStoppedByTheTimeout()
    {
        var limits = ScriptLimits.Default with { MaxStatements = int.MaxValue };
        var ex = Fails("while (true) {}", limits);
        Assert.Contains("Zeitgrenze", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessLoopWithDefaultLimitsStops() => Fails("var i = 0; while (true) { i++; }");

    [Fact]
    public void StatementLimitIsEnforced()
    {
        var ex = Fails("for (var i = 0; i < 1000000; i++) { var x = i; }", ScriptLimits.Default with { MaxStatements = 1_000 });
        Assert.Contains("Anweisungen", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeAllocationIsStopped()
    {
        var ex = Fails("var a = []; while (true) { a.push(new Array(10000).fill('xxxxxxxx')); }",
            ScriptLimits.Default with { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(10) });
        Assert.Contains("Speichergrenze", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleHugeArrayIsStopped() => Fails("var a = new Array(100000000).fill(0);");

    [Fact]
    public void DeepRecursionIsStopped()
    {
        var ex = Fails("function f(n) { return f(n + 1); } f(0);");
        Assert.Contains("Rekursionstiefe", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd');")]
    [InlineData("importNamespace('System.IO');")]
    [InlineData("require('fs');")]
    [InlineData("execution.getVariable.constructor('return System')().IO;")]
    [InlineData("execution.getClass();")]
    public void NoHostAccess(string script) => Fails(script);

    [Fact]
    public void DynamicImportIsRejected()
    {
        Fails("import('fs').then(() => execution.setVariable('loaded', true));");
        Assert.False(_variables.Values.ContainsKey("loaded"));
    }

    [Fact]
    public void StaticImportIsASyntaxError() => Fails("import fs from 'fs';");

    [Fact]
    public void SyntaxErrorNamesLineAndColumn()
    {
        var ex = Fails("var a = 1;\nvar b = ;");
        Assert.Equal(2, ex.Line);
        Assert.Contains("Zeile 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeErrorNamesLine()
    {
        var ex = Fails("var a = 1;\nundefinedFunction();");
        Assert.Equal(2, ex.Line);
        Assert.Contains("undefinedFunction", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrownErrorBecomesScriptException()
    {
        var ex = Fails("throw new Error('Schweigepflichtentbindung fehlt');");
        Assert.Contains("Schweigepflichtentbindung fehlt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameScriptRunsRepeatedly()
    {
        _variables.Values["n"] = 0L;
        for (var i = 0; i < 20; i++)
        {
            _runner.Run("execution.setVariable('n', execution.getVariable('n') + 1);", _variables);
        }

        Assert.Equal(20L, _variables.Values["n"]);
    }
}
