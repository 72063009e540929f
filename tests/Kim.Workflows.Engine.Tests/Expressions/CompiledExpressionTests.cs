using System.Text;
using Kim.Workflows.Engine.Expressions;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Engine.Tests.Expressions;

public class CompiledExpressionTests
{
    private static readonly Dictionary<string, object?> Vars = new()
    {
        ["amount"] = 5000L,
        ["rate"] = 0.5,
        ["name"] = "Warendorf",
        ["district"] = "ahlen",
        ["approved"] = true,
        ["closed"] = false,
        ["nothing"] = null,
        ["emptyText"] = "",
        ["numberText"] = "5",
        ["list"] = new List<object?> { 1L, 2L, "drei" },
        ["emptyList"] = new List<object?>(),
        ["map"] = new Dictionary<string, object?> { ["city"] = "Beckum", ["count"] = 3L, ["inner"] = new Dictionary<string, object?> { ["x"] = 1L } },
        ["smallInt"] = 7,
        ["date1"] = new DateTimeOffset(2030, 3, 1, 9, 0, 0, TimeSpan.Zero),
        ["date2"] = new DateTimeOffset(2030, 3, 2, 9, 0, 0, TimeSpan.Zero),
        ["big"] = long.MaxValue,
    };

    private static object? Eval(string text) => CompiledExpression.Compile(text).Evaluate(new TestVariables(Vars));

    private static ExpressionException Fails(string text) =>
        Assert.Throws<ExpressionException>(() => Eval(text));

    [Theory]
    [InlineData("${1}", 1L)]
    [InlineData("${1.5}", 1.5)]
    [InlineData("${1e3}", 1000.0)]
    [InlineData("${'it''s'}", null)]
    [InlineData("${'a\\'b'}", "a'b")]
    [InlineData("${\"dq\"}", "dq")]
    [InlineData("${true}", true)]
    [InlineData("${false}", false)]
    [InlineData("${null}", null)]
    public void Literals(string text, object? expected)
    {
        if (text == "${'it''s'}")
        {
            // Two adjacent string literals are not valid JUEL.
            Fails(text);
            return;
        }

        Assert.Equal(expected, Eval(text));
    }

    [Theory]
    [InlineData("${1 + 2}", 3L)]
    [InlineData("${5 - 7}", -2L)]
    [InlineData("${3 * 4}", 12L)]
    [InlineData("${10 / 4}", 2.5)]
    [InlineData("${10 / 5}", 2.0)]
    [InlineData("${10 div 4}", 2.5)]
    [InlineData("${10 % 4}", 2L)]
    [InlineData("${10 mod 4}", 2L)]
    [InlineData("${10.5 % 4}", 2.5)]
    [InlineData("${-amount}", -5000L)]
    [InlineData("${-rate}", -0.5)]
    [InlineData("${amount * rate}", 2500.0)]
    [InlineData("${'5' + 1}", 6L)]
    [InlineData("${'1.5' + 1}", 2.5)]
    [InlineData("${numberText * 2}", 10L)]
    [InlineData("${smallInt + 1}", 8L)]
    [InlineData("${null + 1}", 1L)]
    [InlineData("${null + null}", 0L)]
    [InlineData("${1 + 2 * 3}", 7L)]
    [InlineData("${(1 + 2) * 3}", 9L)]
    [InlineData("${10 - 2 - 3}", 5L)]
    [InlineData("${-2 * -3}", 6L)]
    public void Arithmetic(string text, object expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${'a' + 1}", "cannot convert string 'a' to an integer")]
    [InlineData("${true + 1}", "cannot convert boolean true to an integer")]
    [InlineData("${big + 1}", "integer overflow")]
    [InlineData("${big * 2}", "integer overflow")]
    [InlineData("${1 / 0}", "division by zero")]
    [InlineData("${1 % 0}", "division by zero")]
    [InlineData("${-name}", "cannot convert string 'Warendorf' to a number")]
    public void ArithmeticErrors(string text, string reason) => Assert.Equal(reason, Fails(text).Reason);

    [Theory]
    [InlineData("${amount > 1000}", true)]
    [InlineData("${amount gt 1000}", true)]
    [InlineData("${amount < 1000}", false)]
    [InlineData("${amount lt 1000}", false)]
    [InlineData("${amount >= 5000}", true)]
    [InlineData("${amount ge 5001}", false)]
    [InlineData("${amount <= 5000}", true)]
    [InlineData("${amount le 4999}", false)]
    [InlineData("${rate < 1}", true)]
    [InlineData("${'5' < 10}", true)]
    [InlineData("${'abc' < 'abd'}", true)]
    [InlineData("${'B' < 'a'}", true)]
    [InlineData("${date1 < date2}", true)]
    [InlineData("${date2 >= date1}", true)]
    [InlineData("${date1 < '2030-03-01T10:00:00Z'}", true)]
    [InlineData("${nothing < 1}", false)]
    [InlineData("${nothing <= null}", true)]
    public void Relational(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${2 == 2.0}", true)]
    [InlineData("${2 eq 2}", true)]
    [InlineData("${2 != 3}", true)]
    [InlineData("${2 ne 2}", false)]
    [InlineData("${'5' == 5}", true)]
    [InlineData("${'5.0' == 5.0}", true)]
    [InlineData("${name == 'Warendorf'}", true)]
    [InlineData("${name eq 'warendorf'}", false)]
    [InlineData("${null == null}", true)]
    [InlineData("${nothing == null}", true)]
    [InlineData("${name == null}", false)]
    [InlineData("${approved == 'true'}", true)]
    [InlineData("${approved == true}", true)]
    [InlineData("${closed == 'false'}", true)]
    [InlineData("${date1 == '2030-03-01T09:00:00Z'}", true)]
    [InlineData("${list == list}", true)]
    public void Equality(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void EqualityBetweenTextAndNumberFollowsJuel() =>
        Assert.Equal("cannot convert string 'abc' to an integer", Fails("${'abc' == 1}").Reason);

    [Theory]
    [InlineData("${approved && !closed}", true)]
    [InlineData("${approved and not closed}", true)]
    [InlineData("${closed || approved}", true)]
    [InlineData("${closed or closed}", false)]
    [InlineData("${!approved}", false)]
    [InlineData("${not approved}", false)]
    [InlineData("${nothing && true}", false)]
    [InlineData("${'true' && true}", true)]
    [InlineData("${true || false && false}", true)]
    [InlineData("${amount > 1000 && name == 'Warendorf'}", true)]
    [InlineData("${amount gt 3 and not closed}", true)]
    public void Logical(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void LogicalOperatorsShortCircuit()
    {
        // The right side would fail (unknown variable), so it must not be evaluated.
        Assert.Equal(false, Eval("${closed && missing}"));
        Assert.Equal(true, Eval("${approved || missing}"));
        Assert.Equal(1L, Eval("${approved ? 1 : missing}"));
    }

    [Theory]
    [InlineData("${empty nothing}", true)]
    [InlineData("${empty emptyText}", true)]
    [InlineData("${empty emptyList}", true)]
    [InlineData("${empty list}", false)]
    [InlineData("${empty name}", false)]
    [InlineData("${not empty name}", true)]
    [InlineData("${!empty map}", true)]
    [InlineData("${empty amount}", false)]
    public void Empty(string text, bool expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${approved ? 'yes' : 'no'}", "yes")]
    [InlineData("${closed ? 'yes' : 'no'}", "no")]
    [InlineData("${closed ? 1 : approved ? 2 : 3}", 2L)]
    [InlineData("${amount > 10 ? amount - 10 : 0}", 4990L)]
    public void Ternary(string text, object expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${map.city}", "Beckum")]
    [InlineData("${map.missing}", null)]
    [InlineData("${map['city']}", "Beckum")]
    [InlineData("${map.inner.x}", 1L)]
    [InlineData("${nothing.x}", null)]
    [InlineData("${list[0]}", 1L)]
    [InlineData("${list[2]}", "drei")]
    [InlineData("${list[9]}", null)]
    [InlineData("${list['1']}", 2L)]
    public void MemberAndIndex(string text, object? expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${name.length()}", 9L)]
    [InlineData("${name.isEmpty()}", false)]
    [InlineData("${name.contains('ren')}", true)]
    [InlineData("${name.startsWith('War')}", true)]
    [InlineData("${name.endsWith('dorf')}", true)]
    [InlineData("${name.toUpperCase()}", "WARENDORF")]
    [InlineData("${name.toLowerCase()}", "warendorf")]
    [InlineData("${'  x '.trim()}", "x")]
    [InlineData("${name.equals('Warendorf')}", true)]
    [InlineData("${name.equals(1)}", false)]
    [InlineData("${list.size()}", 3L)]
    [InlineData("${list.isEmpty()}", false)]
    [InlineData("${list.contains(2)}", true)]
    [InlineData("${list.contains(2.0)}", true)]
    [InlineData("${list.contains('vier')}", false)]
    [InlineData("${list.get(2)}", "drei")]
    [InlineData("${map.size()}", 3L)]
    [InlineData("${map.isEmpty()}", false)]
    [InlineData("${map.containsKey('city')}", true)]
    [InlineData("${map.get('count')}", 3L)]
    [InlineData("${map.get('nope')}", null)]
    [InlineData("${execution.getVariable('amount')}", 5000L)]
    [InlineData("${execution.getVariable('unknown')}", null)]
    [InlineData("${execution.hasVariable('amount')}", true)]
    [InlineData("${execution.hasVariable('unknown')}", false)]
    [InlineData("${execution.getVariable('list').size()}", 3L)]
    public void WhitelistedMethods(string text, object? expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("${System.IO.File.ReadAllText('x')}", "die Methode 'ReadAllText' ist nicht erlaubt")]
    [InlineData("${name.getClass()}", "die Methode 'getClass' ist nicht erlaubt")]
    [InlineData("${''.getClass().forName('java.lang.Runtime')}", "die Methode 'getClass' ist nicht erlaubt")]
    [InlineData("${T(java.lang.Runtime).getRuntime()}", "die Funktion 'T' ist nicht erlaubt (nur now())")]
    [InlineData("${execution.setVariable('a', 1)}", "erlaubt sind nur execution.getVariable(name), execution.hasVariable(name) und execution.processBusinessKey")]
    [InlineData("${execution.processEngine}", "erlaubt sind nur execution.getVariable(name), execution.hasVariable(name) und execution.processBusinessKey")]
    [InlineData("${name.contains()}", "die Methode 'contains' erwartet 1 Argument(e), nicht 0")]
    public void DisallowedConstructsFailAtCompileTime(string text, string reason) =>
        Assert.Equal(reason, Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text)).Reason);

    [Theory]
    [InlineData("${list.length()}", "die Methode 'length' ist für list nicht erlaubt")]
    [InlineData("${amount.size()}", "die Methode 'size' ist für integer nicht erlaubt")]
    [InlineData("${nothing.size()}", "cannot call size() on null")]
    [InlineData("${list.get(5)}", "list index 5 is out of range (size 3)")]
    [InlineData("${name.x}", "property 'x' cannot be read from string")]
    [InlineData("${amount[0]}", "integer cannot be indexed")]
    public void MethodsAreCheckedAgainstTheTargetType(string text, string reason) => Assert.Equal(reason, Fails(text).Reason);

    [Fact]
    public void UnknownVariableIsAnErrorWithTextAndPosition()
    {
        var ex = Fails("${amount > limit}");
        Assert.Equal("unknown variable 'limit'", ex.Reason);
        Assert.Equal(11, ex.Position);
        Assert.Equal("${amount > limit}", ex.ExpressionText);
        Assert.Contains("${amount > limit}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cm-${district}", "cm-ahlen")]
    [InlineData("Hallo ${name} und ${amount}", "Hallo Warendorf und 5000")]
    [InlineData("${name}${amount}", "Warendorf5000")]
    [InlineData("x=${rate * 4}", "x=2.0")]
    [InlineData("null:${nothing}", "null:")]
    [InlineData("${approved} ", "true ")]
    [InlineData("#{district}", "ahlen")]
    [InlineData("cm-#{district}", "cm-ahlen")]
    [InlineData("a \\${district} b", "a ${district} b")]
    [InlineData("brace } in ${'}'} text", "brace } in } text")]
    public void CompositeText(string text, string expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void TextWithoutBlocksIsLiteral()
    {
        var expression = CompiledExpression.Compile("clerks");
        Assert.True(expression.IsLiteralText);
        Assert.Equal("clerks", expression.Evaluate(new TestVariables()));
        Assert.Empty(expression.ReferencedVariables);
        Assert.False(CompiledExpression.Compile("${clerks}").IsLiteralText);
        Assert.Equal(string.Empty, CompiledExpression.Compile(string.Empty).Evaluate(new TestVariables()));
    }

    [Fact]
    public void SingleBlockKeepsItsType()
    {
        Assert.IsType<long>(Eval("${amount}"));
        Assert.IsType<List<object?>>(Eval("${list}"));
        Assert.IsType<DateTimeOffset>(Eval("${date1}"));
    }

    [Fact]
    public void ReferencedVariablesListsTopLevelIdentifiersOnce()
    {
        var expression = CompiledExpression.Compile("${a > 1 && b.c == a ? x[y] : execution.getVariable('hidden')} and ${z.size()} ${now()}");
        Assert.Equal(["a", "b", "x", "y", "z"], expression.ReferencedVariables);
    }

    [Fact]
    public void NowUsesTheGivenClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        var result = CompiledExpression.Compile("${now()}").Evaluate(new TestVariables(), timeProvider: clock);
        Assert.Equal(clock.GetUtcNow(), result);
        Assert.Equal(true, CompiledExpression.Compile("${date1 < now()}").Evaluate(new TestVariables(Vars), timeProvider: clock));
    }

    [Theory]
    [InlineData("${}", "leerer Ausdruck")]
    [InlineData("${1 +}", "unerwartet: '}'")]
    [InlineData("${1 +", "unerwartet: Ende des Ausdrucks")]
    [InlineData("${amount", "am Ende des Ausdrucks fehlt '}'")]
    [InlineData("${'open}", "die Zeichenkette ist nicht abgeschlossen (fehlendes Anführungszeichen)")]
    [InlineData("${a = 1}", "unerwartetes Zeichen '='")]
    [InlineData("${a b}", "unerwartet: 'b}'")]
    [InlineData("${(1 + 2}", "erwartet wurde ')', gefunden: '}'")]
    [InlineData("${a ? 1}", "erwartet wurde ':', gefunden: '}'")]
    [InlineData("${99999999999999999999}", "die Zahl 99999999999999999999 ist zu groß")]
    [InlineData("${x instanceof y}", "der Operator 'instanceof' wird nicht unterstützt")]
    public void SyntaxErrors(string text, string reason) =>
        Assert.Equal(reason, Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text)).Reason);

    [Fact]
    public void DeepParenthesesFailCleanly()
    {
        var text = "${" + new string('(', 10_000) + "1" + new string(')', 10_000) + "}";
        var ex = Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text));
        Assert.Contains("tiefer als 200 Ebenen", ex.Reason, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 400);
    }

    [Fact]
    public void DeepUnaryChainFailsCleanly()
    {
        var text = "${" + new string('!', 10_000) + "true}";
        Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text));
    }

    [Fact]
    public void ModerateNestingIsAccepted() =>
        Assert.Equal(1L, Eval("${" + new string('(', 150) + "1" + new string(')', 150) + "}"));

    [Fact]
    public void VeryLongOperatorChainIsRejectedAtCompileTime()
    {
        var text = "${" + string.Join(" + ", Enumerable.Repeat("1", 5_000)) + "}";
        var ex = Assert.Throws<ExpressionException>(() => CompiledExpression.Compile(text));
        Assert.Contains("zu komplex", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LongFlatExpressionEvaluatesRepeatedly()
    {
        // 900 terms: under the tree height bound, well within the default step limit.
        var text = "${" + string.Join(" + ", Enumerable.Repeat("amount", 900)) + "}";
        var expression = CompiledExpression.Compile(text);
        var variables = new TestVariables(Vars);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(4_500_000L, expression.Evaluate(variables));
        }
    }

    [Fact]
    public void StepLimitIsEnforced()
    {
        var text = "${" + string.Join(" + ", Enumerable.Repeat("1", 50)) + "}";
        var ex = Assert.Throws<ExpressionException>(() =>
            CompiledExpression.Compile(text).Evaluate(new TestVariables(), new ExpressionLimits(MaxSteps: 20)));
        Assert.Equal("expression exceeded the limit of 20 evaluation steps", ex.Reason);
    }

    [Fact]
    public void StringLimitIsEnforced()
    {
        var variables = new TestVariables(new() { ["s"] = new string('x', 60) });
        var limits = new ExpressionLimits(MaxStringLength: 100);
        Assert.Throws<ExpressionException>(() => CompiledExpression.Compile("${s}${s}").Evaluate(variables, limits));
        Assert.Throws<ExpressionException>(() => CompiledExpression.Compile("${'y'.toUpperCase()}${s.toUpperCase()}${s}").Evaluate(variables, limits));
        Assert.Equal(120, ((string)CompiledExpression.Compile("${s}${s}").Evaluate(variables)!).Length);
    }

    [Fact]
    public void CollectionLimitIsEnforced()
    {
        var variables = new TestVariables(new() { ["l"] = Enumerable.Range(0, 20).Select(i => (object?)(long)i).ToList() });
        Assert.Throws<ExpressionException>(() =>
            CompiledExpression.Compile("${l}").Evaluate(variables, new ExpressionLimits(MaxCollectionSize: 10)));
        Assert.Equal(20L, CompiledExpression.Compile("${l.size()}").Evaluate(variables, new ExpressionLimits(MaxCollectionSize: 10)));
    }

    [Fact]
    public void CompileIsCachedByText()
    {
        var text = "${amount + " + Guid.NewGuid().ToString("N").Length + "}";
        Assert.Same(CompiledExpression.Compile(text), CompiledExpression.Compile(text));
    }

    [Fact]
    public void CacheIsBounded()
    {
        var cache = new ExpressionCache(3);
        for (var i = 0; i < 10; i++)
        {
            cache.GetOrAdd("${" + i + "}", CompiledExpression.Parse);
        }

        Assert.True(cache.Count <= 3);
    }

    [Fact]
    public void EvaluationIsThreadSafe()
    {
        var expression = CompiledExpression.Compile("${a * 2 + b.size()}");
        Parallel.For(0, 2_000, i =>
        {
            var variables = new TestVariables(new() { ["a"] = (long)i, ["b"] = new List<object?> { 1L } });
            Assert.Equal((long)i * 2 + 1, expression.Evaluate(variables));
        });
    }

    [Fact]
    public void UnicodeIdentifiersAndStringsWork()
    {
        var variables = new TestVariables(new() { ["größe"] = 3L, ["straße"] = "Kösterstraße" });
        Assert.Equal(true, CompiledExpression.Compile("${größe > 2 && straße.endsWith('straße')}").Evaluate(variables));
    }

    [Fact]
    public void LongCompositeTextCompilesLinearly()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Append("Teil ").Append(i).Append(": ${district} ");
        }

        var expression = CompiledExpression.Compile(builder.ToString());
        Assert.StartsWith("Teil 0: ahlen Teil 1: ahlen", (string)expression.Evaluate(new TestVariables(Vars))!, StringComparison.Ordinal);
    }
}
