using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Engine.Tests.Feel;

public class FeelParsingTests
{
    [Theory]
    [InlineData("1 + ", 1, 5, "das Ende des Ausdrucks")]
    [InlineData("if x then 1", 1, 12, "erwartet wurde 'else'")]
    [InlineData("[1, 2", 1, 6, "erwartet wurde ']'")]
    [InlineData("\"offen", 1, 1, "nicht mit \" geschlossen")]
    [InlineData("a # b", 1, 3, "unerwartetes Zeichen '#'")]
    [InlineData("{a: 1, a: 2}", 1, 8, "Schlüssel \"a\" kommt im Kontext doppelt vor")]
    [InlineData("@\"kein Datum\"", 1, 1, "kein Datum, keine Uhrzeit und keine Dauer")]
    [InlineData("1 +\n  * 2", 2, 3, "unerwartet: '*'")]
    public void A_syntax_error_names_line_column_and_problem_in_German(string expression, int line, int column, string problem)
    {
        var engine = FeelTestEngine.Create();

        var result = engine.Evaluate(expression);
        var error = engine.Check(expression);

        Assert.False(result.IsSuccess);
        Assert.NotNull(error);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"FEEL-Ausdruck ungültig in Zeile {line}, Spalte {column}: ", result.Error);
        Assert.Contains(problem, result.Error);
        Assert.Equal(error.Position, result.ErrorPosition);
    }

    [Fact]
    public void Parses_each_text_once_and_keeps_the_cache_bounded()
    {
        var engine = FeelTestEngine.Create(cacheCapacity: 3);

        engine.Evaluate("1 + 1");
        engine.Evaluate("1 + 1");
        engine.Evaluate("1 +");
        engine.Evaluate("1 +");
        Assert.Equal(2, engine.CachedCount);

        engine.Evaluate("2");
        engine.Evaluate("3");

        Assert.True(engine.CachedCount <= 3);
        Assert.Equal(2m, engine.Evaluate("1 + 1").Value);
    }

    [Fact]
    public void A_cached_tree_gives_each_evaluation_its_own_context()
    {
        var engine = FeelTestEngine.Create();

        var first = engine.Evaluate("Monthly Income * 12", new Dictionary<string, object?> { ["Monthly Income"] = 1000m });
        var second = engine.Evaluate("Monthly Income * 12", new Dictionary<string, object?> { ["Monthly Income"] = 2500.5m });

        Assert.Equal(12000m, first.Value);
        Assert.Equal(30006m, second.Value);
    }

    [Theory]
    [InlineData("Full Name", "Ada Lovelace")]
    [InlineData("string length(Full Name)", 12)]
    [InlineData("upper case(Full Name)", "ADA LOVELACE")]
    [InlineData("Full Name // a comment\n", "Ada Lovelace")]
    [InlineData("/* before */ Full Name", "Ada Lovelace")]
    public void Resolves_names_with_spaces_against_the_context(string expression, object expected)
    {
        var context = new Dictionary<string, object?> { ["Full Name"] = "Ada Lovelace" };

        var value = FeelTestEngine.Value(expression, context);

        Assert.Equal(expected is int i ? (object)(decimal)i : expected, value);
    }

    [Fact]
    public void Names_may_contain_operator_characters_when_the_context_has_them()
    {
        var context = new Dictionary<string, object?> { ["Kosten-Stelle"] = "KS 4711", ["Nr.Fall"] = 12, ["a"] = 5, ["b"] = 2, ["Brutto/Monat"] = 3000 };

        Assert.Equal("KS 4711", FeelTestEngine.Value("Kosten-Stelle", context));
        Assert.Equal(13m, FeelTestEngine.Value("Nr.Fall + 1", context));
        Assert.Equal(36000m, FeelTestEngine.Value("Brutto/Monat * 12", context));
        Assert.Equal(3m, FeelTestEngine.Value("a-b", context));
        Assert.Equal(10m, FeelTestEngine.Value("a * b", context));
    }
}
