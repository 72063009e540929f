using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Expressions.Evaluation;

/// <summary>
/// Arithmetic, relational and equality operators following JSR 245 sections 1.7–1.9.
/// Deliberate differences: integer overflow and division by zero are errors (JUEL wraps
/// around or yields Infinity, neither of which can be stored as a JSON variable), and a
/// date compares with an ISO 8601 string, because dates read back from JSON are strings.
/// </summary>
internal static class JuelOperators
{
    public static object? Apply(BinaryOperator op, object? left, object? right, int position) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply => Arithmetic(op, left, right, position),
        BinaryOperator.Divide => Divide(left, right, position),
        BinaryOperator.Modulo => Modulo(left, right, position),
        BinaryOperator.Equal => AreEqual(left, right, position),
        BinaryOperator.NotEqual => !AreEqual(left, right, position),
        _ => Relational(op, left, right, position),
    };

    public static object Negate(object? value, int position)
    {
        if (value is null)
        {
            return 0L;
        }

        if (value is not (long or double or string))
        {
            throw new EvaluationFailure($"cannot negate {JuelCoercion.Describe(value)}", position);
        }

        if (JuelCoercion.IsFloating(value))
        {
            return -JuelCoercion.ToDouble(value, position);
        }

        var l = JuelCoercion.ToLong(value, position);
        return l == long.MinValue ? throw Overflow(position) : -l;
    }

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        List<object?> list => list.Count == 0,
        Dictionary<string, object?> map => map.Count == 0,
        _ => false,
    };

    private static object Arithmetic(BinaryOperator op, object? left, object? right, int position)
    {
        if (left is null && right is null)
        {
            return 0L;
        }

        if (JuelCoercion.IsFloating(left) || JuelCoercion.IsFloating(right))
        {
            var a = JuelCoercion.ToDouble(left, position);
            var b = JuelCoercion.ToDouble(right, position);
            return Finite(op switch
            {
                BinaryOperator.Add => a + b,
                BinaryOperator.Subtract => a - b,
                _ => a * b,
            }, position);
        }

        var x = JuelCoercion.ToLong(left, position);
        var y = JuelCoercion.ToLong(right, position);
        try
        {
            return op switch
            {
                BinaryOperator.Add => checked(x + y),
                BinaryOperator.Subtract => checked(x - y),
                _ => checked(x * y),
            };
        }
        catch (OverflowException ex)
        {
            throw Overflow(position, ex);
        }
    }

    // JUEL: '/' and 'div' always divide as floating point, so 10 / 4 is 2.5 and 10 / 5 is 2.0.
    private static object Divide(object? left, object? right, int position)
    {
        if (left is null && right is null)
        {
            return 0L;
        }

        var a = JuelCoercion.ToDouble(left, position);
        var b = JuelCoercion.ToDouble(right, position);
        return b == 0 ? throw new EvaluationFailure("division by zero", position) : Finite(a / b, position);
    }

    private static object Modulo(object? left, object? right, int position)
    {
        if (left is null && right is null)
        {
            return 0L;
        }

        if (JuelCoercion.IsFloating(left) || JuelCoercion.IsFloating(right))
        {
            var a = JuelCoercion.ToDouble(left, position);
            var b = JuelCoercion.ToDouble(right, position);
            return b == 0 ? throw new EvaluationFailure("division by zero", position) : Finite(a % b, position);
        }

        var x = JuelCoercion.ToLong(left, position);
        var y = JuelCoercion.ToLong(right, position);
        return y switch
        {
            0 => throw new EvaluationFailure("division by zero", position),
            -1 => 0L, // avoids the OverflowException of long.MinValue % -1
            _ => x % y,
        };
    }

    private static bool Relational(BinaryOperator op, object? left, object? right, int position)
    {
        if (left is null && right is null)
        {
            return op is BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual;
        }

        if (left is null || right is null)
        {
            return false;
        }

        var comparison = Compare(left, right, position);
        return op switch
        {
            BinaryOperator.Less => comparison < 0,
            BinaryOperator.Greater => comparison > 0,
            BinaryOperator.LessOrEqual => comparison <= 0,
            _ => comparison >= 0,
        };
    }

    private static int Compare(object left, object right, int position)
    {
        if (left is double || right is double)
        {
            return JuelCoercion.ToDouble(left, position).CompareTo(JuelCoercion.ToDouble(right, position));
        }

        if (left is long || right is long)
        {
            return JuelCoercion.ToLong(left, position).CompareTo(JuelCoercion.ToLong(right, position));
        }

        if (left is DateTimeOffset || right is DateTimeOffset)
        {
            return JuelCoercion.ToDate(left, position).CompareTo(JuelCoercion.ToDate(right, position));
        }

        if (left is string || right is string)
        {
            if (left is not (string or bool) || right is not (string or bool))
            {
                throw CannotCompare(left, right, position);
            }

            return string.CompareOrdinal(JuelCoercion.ToText(left), JuelCoercion.ToText(right));
        }

        if (left is bool a && right is bool b)
        {
            return a.CompareTo(b);
        }

        throw CannotCompare(left, right, position);
    }

    private static bool AreEqual(object? left, object? right, int position)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is double || right is double)
        {
            return JuelCoercion.ToDouble(left, position) == JuelCoercion.ToDouble(right, position);
        }

        if (left is long || right is long)
        {
            return JuelCoercion.ToLong(left, position) == JuelCoercion.ToLong(right, position);
        }

        if (left is bool || right is bool)
        {
            return JuelCoercion.ToBoolean(left, position) == JuelCoercion.ToBoolean(right, position);
        }

        if (left is DateTimeOffset || right is DateTimeOffset)
        {
            return JuelCoercion.ToDate(left, position) == JuelCoercion.ToDate(right, position);
        }

        if (left is string || right is string)
        {
            return string.Equals(JuelCoercion.ToText(left), JuelCoercion.ToText(right), StringComparison.Ordinal);
        }

        return VariableValues.DeepEquals(left, right);
    }

    private static double Finite(double value, int position) =>
        double.IsFinite(value) ? value : throw new EvaluationFailure("arithmetic result is not a finite number", position);

    private static EvaluationFailure Overflow(int position, Exception? inner = null) =>
        new("integer overflow", position, inner);

    private static EvaluationFailure CannotCompare(object left, object right, int position) =>
        new($"cannot compare {JuelCoercion.TypeName(left)} with {JuelCoercion.TypeName(right)}", position);
}
