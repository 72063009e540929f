using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Engine.Tests.Feel;

public class FeelLimitsTests
{
    [Fact]
    public void Stops_an_expression_that_takes_too_many_steps()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxSteps: 500));
        Assert.True(engine.Evaluate("sum(for i in 1..50 return i)").IsSuccess);

        var result = engine.Evaluate("sum(for i in 1..100, j in 1..100 return i * j)");

        Assert.False(result.IsSuccess);
        Assert.Contains("500 Rechenschritte", result.Error);
    }

    [Fact]
    public void Stops_endless_recursion_at_the_call_depth()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxCallDepth: 20));
        Assert.Equal(120m, engine.Evaluate("{f: function(n) if n = 0 then 1 else n * f(n - 1), r: f(5)}.r").Value);

        var result = engine.Evaluate("{f: function(n) f(n + 1), r: f(1)}.r");

        Assert.False(result.IsSuccess);
        Assert.Contains("tiefer verschachtelt als erlaubt (20)", result.Error);
    }

    [Fact]
    public void Limits_the_length_of_strings_an_expression_builds()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxStringLength: 100));
        Assert.True(engine.Evaluate("string join(for i in 1..10 return \"abcdefghij\")").IsSuccess);

        var result = engine.Evaluate("string join(for i in 1..11 return \"abcdefghij\")");

        Assert.False(result.IsSuccess);
        Assert.Contains("100 Zeichen", result.Error);
    }

    [Theory]
    [InlineData("for i in 1..1001 return i")]
    [InlineData("count(for i in 1..1001 return i)")]
    [InlineData("for i in [1..1001] return i")]
    [InlineData("concatenate(for i in 1..600 return i, for i in 1..600 return i)")]
    public void Limits_the_size_of_lists(string expression)
    {
        var result = FeelTestEngine.Create(new FeelLimits(MaxCollectionSize: 1000)).Evaluate(expression);

        Assert.False(result.IsSuccess);
        Assert.Contains("mehr Einträge als erlaubt (1000)", result.Error);
    }

    [Fact]
    public void Applies_the_size_limits_to_the_inputs()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxCollectionSize: 3, MaxStringLength: 5));

        Assert.False(engine.Evaluate("count(xs)", new Dictionary<string, object?> { ["xs"] = new List<object?> { 1, 2, 3, 4 } }).IsSuccess);
        Assert.False(engine.Evaluate("s", new Dictionary<string, object?> { ["s"] = new Dictionary<string, object?> { ["t"] = "sechs!" } }).IsSuccess);
        Assert.Equal(3m, engine.Evaluate("count(xs)", new Dictionary<string, object?> { ["xs"] = new[] { 1, 2, 3 } }).Value);
    }

    [Fact]
    public void Stops_an_expression_that_runs_longer_than_allowed()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxSteps: int.MaxValue) { MaxDuration = TimeSpan.Zero });

        var result = engine.Evaluate("count(for i in 1..5000 return i * i)");

        Assert.False(result.IsSuccess);
        Assert.Contains("länger als erlaubt", result.Error);
    }

    [Fact]
    public void Refuses_texts_that_are_too_long_or_nested_too_deeply()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxExpressionLength: 50, MaxNesting: 10));

        var tooLong = engine.Evaluate(string.Join(" + ", Enumerable.Repeat("1", 30)));
        var tooDeep = engine.Evaluate(new string('(', 12) + "1" + new string(')', 12));
        var negations = engine.Evaluate(new string('-', 12) + "1");

        Assert.Contains("länger als erlaubt (50 Zeichen)", tooLong.Error);
        Assert.Contains("tiefer verschachtelt als erlaubt (10 Ebenen)", tooDeep.Error);
        Assert.Contains("tiefer verschachtelt", negations.Error);
        Assert.Equal(1m, engine.Evaluate("((((1))))").Value);
    }

    [Fact]
    public void Sees_nothing_but_the_given_context()
    {
        var context = new Dictionary<string, object?> { ["uri"] = new Uri("https://example.invalid/a"), ["n"] = 2 };

        // A host object is not data: it arrives as null, so its members are out of reach.
        Assert.Null(FeelTestEngine.Value("uri", context));
        Assert.Null(FeelTestEngine.Value("uri.Host", context));
        Assert.Null(FeelTestEngine.Value("Environment", context));
        Assert.Null(FeelTestEngine.Value("System.IO.File", context));
        Assert.Equal(3m, FeelTestEngine.Value("n + 1", context));
    }

    [Fact]
    public void A_catastrophic_regular_expression_is_stopped()
    {
        var result = FeelTestEngine.Create().Evaluate("matches(\"" + new string('a', 40) + "!\", \"^(a+)+$\")");

        Assert.False(result.IsSuccess);
        Assert.Contains("regulärer Ausdruck", result.Error);
    }

    [Fact]
    public void Deep_trees_on_a_small_stack_never_crash_the_process()
    {
        var engine = FeelTestEngine.Create(new FeelLimits(MaxExpressionLength: 50_000, MaxNesting: 1_000));
        FeelResult? chain = null;
        FeelResult? nested = null;

        var thread = new Thread(
            () =>
            {
                chain = engine.Evaluate(string.Join("+", Enumerable.Repeat("1", 9_000)));
                nested = engine.Evaluate(new string('[', 900) + "1" + new string(']', 900));
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        // A left-leaning chain is evaluated in a loop; deep nesting stops with an error instead of a stack overflow.
        Assert.Equal(9_000m, chain?.Value);
        Assert.NotNull(nested);
        Assert.False(nested.IsSuccess);
        Assert.Contains("zu tief verschachtelt", nested.Error);
    }
}
