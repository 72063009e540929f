namespace Kim.Workflows.Engine.Feel;

/// <summary>for, some/every and filters: everything that iterates.</summary>
internal sealed partial class FeelInterpreter
{
    private object? For(ForNode node, FeelScope scope)
    {
        var results = new List<object?>();
        return ForEach(node.Iterators, 0, scope, inner =>
        {
            results.Add(Evaluate(node.Body, inner.With("partial", results)));
            Checked(results);
            return true;
        })
            ? results
            : null;
    }

    private object? Quantified(QuantifiedNode node, FeelScope scope)
    {
        var sawNull = false;
        var decided = false;
        var complete = ForEach(node.Iterators, 0, scope, inner =>
        {
            var satisfied = Evaluate(node.Condition, inner);
            if (satisfied is bool b && b != node.Every)
            {
                decided = true;
                return false;
            }

            sawNull |= satisfied is not bool;
            return true;
        });
        if (!complete && !decided)
        {
            return null;
        }

        if (decided)
        {
            return !node.Every;
        }

        return sawNull ? null : node.Every;
    }

    /// <summary>Calls <paramref name="body"/> for each combination of the iterators; false when a source is not iterable or the body stopped.</summary>
    private bool ForEach(IReadOnlyList<IteratorClause> clauses, int index, FeelScope scope, Func<FeelScope, bool> body)
    {
        if (index == clauses.Count)
        {
            return body(scope);
        }

        var clause = clauses[index];
        var items = Items(clause, scope);
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            Step();
            if (!ForEach(clauses, index + 1, scope.With(clause.Name, item), body))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<object?>? Items(IteratorClause clause, FeelScope scope)
    {
        var source = Evaluate(clause.Source, scope);
        if (clause.RangeEnd is not null)
        {
            return Count(source, Evaluate(clause.RangeEnd, scope), true, true);
        }

        return source switch
        {
            List<object?> list => list,
            FeelRange { StartUnbounded: false, EndUnbounded: false } range =>
                Count(range.Start, range.End, range.StartIncluded, range.EndIncluded),
            null => null,
            _ => [source],
        };
    }

    /// <summary>The integers from start to end (counting down when end is smaller).</summary>
    private IEnumerable<object?>? Count(object? start, object? end, bool startIncluded, bool endIncluded)
    {
        if (start is not decimal from || end is not decimal to || !FeelNumbers.IsInteger(from) || !FeelNumbers.IsInteger(to))
        {
            return null;
        }

        var step = from <= to ? 1 : -1;
        if (!startIncluded)
        {
            from += step;
        }

        if (!endIncluded)
        {
            to -= step;
        }

        if (Math.Abs(to - from) + 1 > Limits.MaxCollectionSize)
        {
            throw new FeelLimitException($"Eine Liste hat mehr Einträge als erlaubt ({Limits.MaxCollectionSize}).");
        }

        return Enumerate(from, to, step);
    }

    private static IEnumerable<object?> Enumerate(decimal from, decimal to, int step)
    {
        for (var i = from; step > 0 ? i <= to : i >= to; i += step)
        {
            yield return i;
        }
    }

    private object? Filter(FilterNode node, FeelScope scope)
    {
        var target = Evaluate(node.Target, scope);
        if (target is null)
        {
            return null;
        }

        var list = target as List<object?> ?? [target];
        if (list.Count == 0)
        {
            return Evaluate(node.Condition, scope) is decimal ? null : list;
        }

        var results = new List<object?>();
        for (var i = 0; i < list.Count; i++)
        {
            var condition = Evaluate(node.Condition, ItemScope(scope, list[i]));
            if (i == 0 && condition is decimal index)
            {
                return Index(list, index);
            }

            if (condition is true)
            {
                results.Add(list[i]);
            }
        }

        return results;
    }

    private static object? Index(List<object?> list, decimal index)
    {
        if (!FeelNumbers.IsInteger(index) || index == 0 || Math.Abs(index) > list.Count)
        {
            return null;
        }

        return index > 0 ? list[(int)index - 1] : list[list.Count + (int)index];
    }

    private static FeelScope ItemScope(FeelScope scope, object? item)
    {
        var inner = scope.With("item", item);
        return item is FeelContext context ? inner.With(context) : inner;
    }
}
