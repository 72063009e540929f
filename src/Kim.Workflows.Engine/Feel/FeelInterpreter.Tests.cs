namespace Kim.Workflows.Engine.Feel;

/// <summary>Unary tests: the right side of <c>in</c> and DMN input entries (the input is named <c>?</c>).</summary>
internal sealed partial class FeelInterpreter
{
    public object? In(object? value, IReadOnlyList<FeelNode> tests, FeelScope scope)
    {
        var sawNull = false;
        foreach (var test in tests)
        {
            switch (Matches(value, test, scope))
            {
                case true:
                    return true;
                case null:
                    sawNull = true;
                    break;
            }
        }

        return sawNull ? null : false;
    }

    /// <summary>Evaluates unary tests (as parsed by <see cref="FeelParser.ParseUnaryTests"/>) against the input bound to <c>?</c>.</summary>
    public object? TestAgainst(FeelNode node, FeelScope scope)
    {
        scope.TryResolve("?", out var input);
        return Matches(input, node, scope);
    }

    private bool? Matches(object? input, FeelNode test, FeelScope scope)
    {
        switch (test)
        {
            case AnyTestNode:
                return true;
            case InputTestNode inputTest:
                var verdict = Evaluate(inputTest.Expression, scope.With("?", input));
                return verdict is bool b ? b : MatchesValue(input, verdict);
            case TestListNode list:
                return (bool?)In(input, list.Tests, scope);
            case NegatedTestsNode negated:
                return In(input, negated.Tests, scope) is bool none ? !none : null;
            case UnaryTestNode { Operator: "=" } equal:
                return FeelCompare.AreEqual(input, Evaluate(equal.Operand, scope));
            case UnaryTestNode unary:
                return FeelCompare.AreEqual(input, Evaluate(unary.Operand, scope)) is bool same ? !same : null;
        }

        var expected = Evaluate(test, scope.With("?", input));
        return MatchesValue(input, expected);
    }

    private static bool? MatchesValue(object? input, object? expected)
    {
        switch (expected)
        {
            case FeelRange range:
                return InRange(input, range);
            case FeelUnaryTest test:
                var equal = FeelCompare.AreEqual(input, test.Value);
                return test.Operator == "=" ? equal : !equal;
            case List<object?> list:
                var sawNull = false;
                foreach (var item in list)
                {
                    // An item of another type is simply not the input (true in [false, 2] is false, not null).
                    var hit = item is FeelRange r ? InRange(input, r) : FeelCompare.AreEqual(input, item) ?? false;
                    if (hit == true)
                    {
                        return true;
                    }

                    sawNull |= hit is null;
                }

                if (input is List<object?> && FeelCompare.AreEqual(input, list) == true)
                {
                    return true;
                }

                return sawNull ? null : false;
            case bool b when input is not bool:
                return b;
            default:
                return FeelCompare.AreEqual(input, expected);
        }
    }

    public static bool? InRange(object? value, FeelRange range)
    {
        bool? startOk = true;
        if (!range.StartUnbounded)
        {
            var order = FeelCompare.Order(value, range.Start);
            startOk = order is null ? null : range.StartIncluded ? order >= 0 : order > 0;
        }

        bool? endOk = true;
        if (!range.EndUnbounded)
        {
            var order = FeelCompare.Order(value, range.End);
            endOk = order is null ? null : range.EndIncluded ? order <= 0 : order < 0;
        }

        if (startOk == false || endOk == false)
        {
            return false;
        }

        return startOk is null || endOk is null ? null : true;
    }
}
