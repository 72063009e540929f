using System.Text.Json;
using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Engine.Tests.Feel;

public class FeelValuesTests
{
    [Theory]
    [InlineData("{a: 1, b: a + 1}.b", 2)]
    [InlineData("{Anzahl Kinder: 3}.Anzahl Kinder", 3)]
    [InlineData("get value({a: {b: 5}}.a, \"b\")", 5)]
    [InlineData("context put({a: 1}, [\"x\", \"y\"], 7).x.y", 7)]
    [InlineData("context merge([{a: 1}, {a: 2, b: 3}]).a", 2)]
    [InlineData("count(get entries({a: 1, b: 2}))", 2)]
    [InlineData("[{n: 1}, {n: 5}, {n: 3}][n > 2].n[2]", 3)]
    [InlineData("[{n: 1}, {n: 5}][item.n = 5][1].n", 5)]
    [InlineData("sum([1, 2, 3][item >= 2])", 5)]
    [InlineData("[10, 20, 30][-1]", 30)]
    [InlineData("sort([3, 1, 2], function(x, y) x > y)[1]", 3)]
    [InlineData("(function(a, b) a - b)(b: 1, a: 10)", 9)]
    [InlineData("for i in 1..4 return if i = 1 then 1 else i * partial[-1]", null)]
    public void Contexts_lists_filters_and_functions(string expression, int? expected)
    {
        var value = FeelTestEngine.Value(expression);

        if (expected is null)
        {
            Assert.Equal([1m, 2m, 6m, 24m], Assert.IsType<List<object?>>(value));
        }
        else
        {
            Assert.Equal((decimal)expected, value);
        }
    }

    [Theory]
    [InlineData("true and null", null)]
    [InlineData("false and null", false)]
    [InlineData("true or null", true)]
    [InlineData("null = null", true)]
    [InlineData("1 = \"1\"", null)]
    [InlineData("some x in [1, null] satisfies x > 0", true)]
    [InlineData("every x in [1, null] satisfies x > 0", null)]
    [InlineData("5 between 1 and 10", true)]
    [InlineData("\"b\" in (\"a\", \"b\")", true)]
    [InlineData("7 in (< 5, [6..8])", true)]
    [InlineData("[1, 2] instance of list<number>", true)]
    [InlineData("{a: 1} instance of context<a: number>", true)]
    [InlineData("\"x\" instance of number", false)]
    public void Three_valued_logic_and_tests(string expression, bool? expected) =>
        Assert.Equal(expected, FeelTestEngine.Value(expression));

    [Fact]
    public void Numbers_are_exact_decimals()
    {
        var engine = FeelTestEngine.Create();

        Assert.Equal(0.3m, engine.Evaluate("0.1 + 0.2").Value);
        Assert.Equal("0.3", engine.Evaluate("0.1 + 0.2").ToJson());
        Assert.Equal("3.3333333333333333333333333333", engine.Evaluate("10 / 3").ToJson());
        Assert.Equal(1.0m, engine.Evaluate("decimal(1.05, 1)").Value);
        Assert.Equal(1.2m, engine.Evaluate("decimal(1.15, 1)").Value);
        Assert.Equal(2m, engine.Evaluate("decimal(2.5, 0)").Value);
        Assert.Equal(3m, engine.Evaluate("round half up(2.5, 0)").Value);
        Assert.Equal(-2.6m, engine.Evaluate("round up(-2.51, 1)").Value);
        Assert.Equal(2.5m, engine.Evaluate("round half down(2.55, 1)").Value);
        Assert.Null(engine.Evaluate("1 / 0").Value);
        Assert.Null(engine.Evaluate("79228162514264337593543950335 + 1").Value);
        Assert.Equal(0m, engine.Evaluate("10 ** -30").Value);
        Assert.Null(engine.Evaluate("10 ** 30").Value);
    }

    [Theory]
    [InlineData("exp(1)", "2.71828182845904523536028747135")]
    [InlineData("log(10)", "2.30258509299404568401799145468")]
    [InlineData("2 ** 0.5", "1.41421356237309504880168872421")]
    [InlineData("sqrt(2)", "1.41421356237309504880168872421")]
    [InlineData("exp(log(7.5))", "7.5")]
    public void Exp_log_and_real_powers_keep_decimal_precision(string expression, string exact)
    {
        var value = Assert.IsType<decimal>(FeelTestEngine.Value(expression));

        Assert.True(Math.Abs(value - decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)) < 1e-26m, $"{expression} = {value}");
    }

    [Fact]
    public void Reads_json_and_dictionary_inputs_and_writes_json()
    {
        using var json = JsonDocument.Parse("""{"antrag": {"kinder": [{"alter": 4}, {"alter": 12}], "betrag": 1234.50}}""");
        var context = new Dictionary<string, object?> { ["antrag"] = json.RootElement.GetProperty("antrag") };
        var engine = FeelTestEngine.Create();

        var result = engine.Evaluate("{unter 6: count(antrag.kinder[alter < 6]), betrag: antrag.betrag * 2, text: \"ä\\\"\"}", context);

        Assert.Equal("""{"unter 6":1,"betrag":2469.00,"text":"ä\""}""", result.ToJson());
        var clr = Assert.IsType<Dictionary<string, object?>>(result.ToClr());
        Assert.Equal(1m, clr["unter 6"]);
    }

    [Theory]
    [InlineData("> 18", 20, true)]
    [InlineData("> 18", 18, false)]
    [InlineData("[1..5], 10", 10, true)]
    [InlineData("not(\"A\", \"B\")", "C", true)]
    [InlineData("not(\"A\", \"B\")", "A", false)]
    [InlineData("-", "irgendwas", true)]
    [InlineData("? > limit", 7, true)]
    [InlineData("string length(?) <= 3", "abcd", false)]
    [InlineData("\"A\"", null, false)]
    [InlineData("? = false", false, true)]
    [InlineData("not(? = false)", false, false)]
    [InlineData("count(?) > 1", "keine Liste", false)]
    public void Unary_tests_for_input_entries(string tests, object? input, bool expected)
    {
        var result = FeelTestEngine.Create().EvaluateUnaryTests(tests, input, new Dictionary<string, object?> { ["limit"] = 5 });

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void A_variable_named_like_a_built_in_does_not_hide_the_function()
    {
        var context = new Dictionary<string, object?> { ["count"] = 3, ["sum"] = 4 };

        Assert.Equal(2m, FeelTestEngine.Value("count([1, 2])", context));
        Assert.Equal(7m, FeelTestEngine.Value("count + sum", context));
        Assert.Equal(true, FeelTestEngine.Value("@\"2026-01-01T00:00:00\" instance of dateTime"));
    }

    [Fact]
    public void Takes_typed_dictionaries_and_sequences()
    {
        var context = new Dictionary<string, object?>
        {
            ["orte"] = new Dictionary<string, string> { ["Ahlen"] = "59227", ["Beckum"] = "59269" },
            ["zahlen"] = new List<int> { 3, 4 },
        };

        Assert.Equal("59269", FeelTestEngine.Value("orte.Beckum", context));
        Assert.Equal(7m, FeelTestEngine.Value("sum(zahlen)", context));
        Assert.True(FeelTestEngine.Create().Evaluate("sum(zahlen) > 6", context).IsTrue);
    }
}
