namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// The range relations of DMN 1.5 (before, after, meets, …, coincides) on points and ranges. A point
/// counts as the closed range [p..p]; a missing bound is below/above everything. Incomparable bounds give null.
/// </summary>
internal static partial class FeelBuiltins
{
    private static void AddRanges(Action<string, string[], Func<FeelArgs, object?>> add)
    {
        string[][] pairNames = [["point1", "point2"], ["point", "range"], ["range", "point"], ["range1", "range2"]];
        void Relation(string name, Func<Span, Span, bool> rangeRule, Func<object?, object?, bool>? pointRule = null)
        {
            foreach (var names in pairNames)
            {
                add(name, names, a => Relate(a[0], a[1], rangeRule, pointRule));
            }
        }

        Relation("before", (x, y) => Lt(x.End, y.Start) || (Eq(x.End, y.Start) && (!x.EndIncluded || !y.StartIncluded)));
        Relation("after", (x, y) => Gt(x.Start, y.End) || (Eq(x.Start, y.End) && (!x.StartIncluded || !y.EndIncluded)));
        Relation("meets", (x, y) => x.EndIncluded && y.StartIncluded && Eq(x.End, y.Start));
        Relation("met by", (x, y) => x.StartIncluded && y.EndIncluded && Eq(x.Start, y.End));
        Relation("overlaps", (x, y) => (Gt(x.End, y.Start) || (Eq(x.End, y.Start) && x.EndIncluded && y.StartIncluded))
            && (Lt(x.Start, y.End) || (Eq(x.Start, y.End) && x.StartIncluded && y.EndIncluded)));
        Relation("overlaps before", (x, y) => (Lt(x.Start, y.Start) || (Eq(x.Start, y.Start) && x.StartIncluded && !y.StartIncluded))
            && (Gt(x.End, y.Start) || (Eq(x.End, y.Start) && x.EndIncluded && y.StartIncluded))
            && (Lt(x.End, y.End) || (Eq(x.End, y.End) && (!x.EndIncluded || y.EndIncluded))));
        Relation("overlaps after", (x, y) => (Lt(y.Start, x.Start) || (Eq(y.Start, x.Start) && y.StartIncluded && !x.StartIncluded))
            && (Gt(y.End, x.Start) || (Eq(y.End, x.Start) && y.EndIncluded && x.StartIncluded))
            && (Lt(y.End, x.End) || (Eq(y.End, x.End) && (!y.EndIncluded || x.EndIncluded))));
        Relation("finishes", (x, y) => x.IsPoint
            ? y.EndIncluded && Eq(y.End, x.Start)
            : x.EndIncluded == y.EndIncluded && Eq(x.End, y.End) && (Gt(x.Start, y.Start) || (Eq(x.Start, y.Start) && (!x.StartIncluded || y.StartIncluded))));
        Relation("finished by", (x, y) => y.IsPoint
            ? x.EndIncluded && Eq(x.End, y.Start)
            : x.EndIncluded == y.EndIncluded && Eq(x.End, y.End) && (Lt(x.Start, y.Start) || (Eq(x.Start, y.Start) && (x.StartIncluded || !y.StartIncluded))));
        Relation("includes", Includes);
        Relation("during", (x, y) => Includes(y, x));
        Relation("starts", (x, y) => x.IsPoint
            ? y.StartIncluded && Eq(y.Start, x.Start)
            : Eq(x.Start, y.Start) && x.StartIncluded == y.StartIncluded && (Lt(x.End, y.End) || (Eq(x.End, y.End) && (!x.EndIncluded || y.EndIncluded))));
        Relation("started by", (x, y) => y.IsPoint
            ? x.StartIncluded && Eq(x.Start, y.Start)
            : Eq(x.Start, y.Start) && x.StartIncluded == y.StartIncluded && (Lt(y.End, x.End) || (Eq(y.End, x.End) && (!y.EndIncluded || x.EndIncluded))));
        Relation("coincides", (x, y) => Eq(x.Start, y.Start) && x.StartIncluded == y.StartIncluded && Eq(x.End, y.End) && x.EndIncluded == y.EndIncluded);
    }

    private static bool Includes(Span x, Span y) =>
        y.IsPoint
            ? (Lt(x.Start, y.Start) && Gt(x.End, y.Start)) || (Eq(x.Start, y.Start) && x.StartIncluded) || (Eq(x.End, y.Start) && x.EndIncluded)
            : (Lt(x.Start, y.Start) || (Eq(x.Start, y.Start) && (x.StartIncluded || !y.StartIncluded)))
              && (Gt(x.End, y.End) || (Eq(x.End, y.End) && (x.EndIncluded || !y.EndIncluded)));

    /// <summary>A bound: a value, or minus/plus infinity for a missing start/end.</summary>
    private readonly record struct Bound(object? Value, int Infinity);

    private sealed record Span(Bound Start, bool StartIncluded, Bound End, bool EndIncluded, bool IsPoint);

    private sealed class Incomparable : Exception;

    private static Span? AsSpan(object? value)
    {
        if (value is FeelRange r)
        {
            return new Span(new Bound(r.Start, r.StartUnbounded ? -1 : 0), r.StartIncluded, new Bound(r.End, r.EndUnbounded ? 1 : 0), r.EndIncluded, false);
        }

        return value is null or List<object?> or FeelContext or FeelFunction or bool ? null : new Span(new Bound(value, 0), true, new Bound(value, 0), true, true);
    }

    private static object? Relate(object? a, object? b, Func<Span, Span, bool> rule, Func<object?, object?, bool>? pointRule)
    {
        if (AsSpan(a) is not { } x || AsSpan(b) is not { } y)
        {
            return null;
        }

        try
        {
            return pointRule is not null && x.IsPoint && y.IsPoint ? pointRule(a, b) : rule(x, y);
        }
        catch (Incomparable)
        {
            return null;
        }
    }

    private static int Cmp(Bound x, Bound y)
    {
        if (x.Infinity != 0 || y.Infinity != 0)
        {
            return x.Infinity == y.Infinity ? 0 : x.Infinity < y.Infinity ? -1 : 1;
        }

        return FeelCompare.Order(x.Value, y.Value) ?? throw new Incomparable();
    }

    private static bool Lt(Bound x, Bound y) => Cmp(x, y) < 0;

    private static bool Gt(Bound x, Bound y) => Cmp(x, y) > 0;

    private static bool Eq(Bound x, Bound y) => Cmp(x, y) == 0;
}
