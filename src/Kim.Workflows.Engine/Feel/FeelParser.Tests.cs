namespace Kim.Workflows.Engine.Feel;

/// <summary>Unary tests: DMN input entries and the right side of <c>in</c>.</summary>
internal sealed partial class FeelParser
{
    private FeelNode UnaryTests()
    {
        var position = Current.Position;
        if (Current.Is("-") && Peek(1).Kind == FeelTokenKind.End)
        {
            _index++;
            return new AnyTestNode(position);
        }

        if (Current.IsName("not") && Peek(1).Is("("))
        {
            var save = _index;
            _index += 2;
            var negated = PositiveTests(")");
            if (Current.Kind == FeelTokenKind.End)
            {
                return new NegatedTestsNode(position, negated);
            }

            _index = save;
        }

        var tests = PositiveTests(null);
        return new TestListNode(position, tests);
    }

    private List<FeelNode> PositiveTests(string? closing)
    {
        var tests = new List<FeelNode> { PositiveTest(expressionLevel: false) };
        while (Current.Is(","))
        {
            _index++;
            tests.Add(PositiveTest(expressionLevel: false));
        }

        if (closing is not null)
        {
            Expect(closing);
        }

        return tests;
    }

    /// <summary>One positive unary test; inside <c>in</c> it binds like an additive operand.</summary>
    private FeelNode PositiveTest(bool expressionLevel)
    {
        var token = Current;
        if (token.Is("=") || token.Is("!="))
        {
            _index++;
            return new UnaryTestNode(token.Position, token.Text, Additive());
        }

        var sawInput = _sawInput;
        _sawInput = false;
        var test = expressionLevel ? Additive() : Expression();
        var usesInput = _sawInput;
        _sawInput |= sawInput;
        return usesInput && !expressionLevel ? new InputTestNode(token.Position, test) : test;
    }

    /// <summary>The right side of <c>in</c>: one positive unary test or a parenthesised list of them.</summary>
    private List<FeelNode> InTests()
    {
        if (Current.Is("("))
        {
            var save = _index;
            _index++;
            var tests = new List<FeelNode> { PositiveTest(expressionLevel: false) };
            while (Current.Is(","))
            {
                _index++;
                tests.Add(PositiveTest(expressionLevel: false));
            }

            if (Current.Is(")"))
            {
                _index++;
                if (tests.Count > 1 || !IsPostfixContinuation())
                {
                    return tests;
                }
            }

            _index = save;
        }

        return [PositiveTest(expressionLevel: true)];
    }

    private bool IsPostfixContinuation() =>
        Current.Kind == FeelTokenKind.Symbol && Current.Text is "." or "[" or "(" or "+" or "-" or "*" or "/" or "**" or "..";
}
