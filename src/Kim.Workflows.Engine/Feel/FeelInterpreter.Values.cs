namespace Kim.Workflows.Engine.Feel;

/// <summary>Lists, contexts, ranges and function calls.</summary>
internal sealed partial class FeelInterpreter
{
    private List<object?> List(ListNode node, FeelScope scope)
    {
        var items = new List<object?>(node.Items.Count);
        foreach (var item in node.Items)
        {
            items.Add(Evaluate(item, scope));
        }

        return items;
    }

    private FeelContext Context(ContextNode node, FeelScope scope)
    {
        var context = new FeelContext();
        var inner = scope.With(context);
        foreach (var (key, valueNode) in node.Entries)
        {
            context.Set(key, Evaluate(valueNode, inner));
        }

        return context;
    }

    private FeelRange? Range(RangeNode node, FeelScope scope)
    {
        var start = node.Start is null ? null : Evaluate(node.Start, scope);
        var end = node.End is null ? null : Evaluate(node.End, scope);
        if (node.Start is not null && node.End is not null && start is not null && end is not null)
        {
            if (FeelCompare.Order(start, end) is not { } order || order > 0)
            {
                return null;
            }
        }
        else if (node.Start is null && end is null || node.End is null && start is null)
        {
            return null;
        }
        else if (FeelCompare.Order(start ?? end, start ?? end) is null)
        {
            return null;
        }

        return new FeelRange(start, node.StartIncluded, end, node.EndIncluded, node.Start is null, node.End is null);
    }

    private object? Call(CallNode node, FeelScope scope)
    {
        if (node is { Function: NameNode { Name: "is defined" }, Arguments.Count: 1, ArgumentNames: null or ["value"] }
            && !scope.TryResolve("is defined", out _))
        {
            return FeelBuiltins.IsDefined(this, node.Arguments[0], scope);
        }

        var target = Evaluate(node.Function, scope);
        if (target is not FeelFunction && node.Function is NameNode name)
        {
            // A variable named like a built-in (count, sum …) does not hide the function when called.
            target = FeelBuiltins.Find(name.Name);
        }

        if (target is not FeelFunction function)
        {
            return null;
        }

        var arguments = new List<object?>(node.Arguments.Count);
        foreach (var argument in node.Arguments)
        {
            arguments.Add(Evaluate(argument, scope));
        }

        return function.Invoke(this, arguments, node.ArgumentNames);
    }
}
