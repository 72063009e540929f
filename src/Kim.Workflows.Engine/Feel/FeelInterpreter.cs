using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Evaluates a parsed FEEL tree. Operations FEEL leaves undefined give null; only limits throw
/// (<see cref="FeelLimitException"/>). One instance serves one evaluation.
/// </summary>
internal sealed partial class FeelInterpreter(FeelLimits limits, TimeProvider clock, string timeZone)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(limits.MaxDuration.TotalSeconds * Stopwatch.Frequency);
    private int _steps;
    private int _callDepth;

    public FeelLimits Limits => limits;

    public TimeProvider Clock => clock;

    /// <summary>IANA zone for now() and today().</summary>
    public string TimeZone => timeZone;

    public object? Evaluate(FeelNode node, FeelScope scope)
    {
        // Long operator chains (1 + 1 + … + 1) make deep trees; stop before the thread's stack ends.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Step();
        return Checked(Dispatch(node, scope));
    }

    /// <summary>One case per node type, each a call: keeps this frame small, since trees recurse through it.</summary>
    private object? Dispatch(FeelNode node, FeelScope scope)
    {
        switch (node)
        {
            case LiteralNode literal:
                return literal.Value;
            case NameNode name:
                return scope.TryResolve(name.Name, out var value) ? value : FeelBuiltins.Find(name.Name);
            case BinaryNode binary:
                return binary.AsName is not null && scope.TryResolve(binary.AsName, out var named) ? named : Binary(binary, scope);
            case NegationNode negation:
                return FeelArithmetic.Negate(Evaluate(negation.Operand, scope));
            case AndNode and:
                return And(and, scope);
            case OrNode or:
                return Or(or, scope);
            case BetweenNode between:
                return Between(between, scope);
            case InNode inNode:
                return In(Evaluate(inNode.Value, scope), inNode.Tests, scope);
            case InstanceOfNode instance:
                return FeelTypes.IsInstance(Evaluate(instance.Value, scope), instance.Type);
            case IfNode ifNode:
                return Evaluate(ifNode.Condition, scope) is true ? Evaluate(ifNode.Then, scope) : Evaluate(ifNode.Else, scope);
            case ForNode forNode:
                return For(forNode, scope);
            case QuantifiedNode quantified:
                return Quantified(quantified, scope);
            case ListNode list:
                return List(list, scope);
            case ContextNode context:
                return Context(context, scope);
            case RangeNode range:
                return Range(range, scope);
            case FunctionDefinitionNode definition:
                return new UserFunction(definition.Parameters, definition.Body, scope);
            case CallNode call:
                return Call(call, scope);
            case PathNode path:
                return path.AsName is not null && scope.TryResolve(path.AsName, out var dotted)
                    ? dotted
                    : FeelPaths.Member(Evaluate(path.Target, scope), path.Member);
            case FilterNode filter:
                return Filter(filter, scope);
            case UnaryTestNode unary:
                return new FeelUnaryTest(unary.Operator, Evaluate(unary.Operand, scope));
            case InputTestNode or TestListNode or NegatedTestsNode or AnyTestNode:
                return TestAgainst(node, scope);
            default:
                return null;
        }
    }

    /// <summary>Runs a user function's body one call level deeper.</summary>
    public object? EvaluateBody(FeelNode body, FeelScope scope)
    {
        if (++_callDepth > limits.MaxCallDepth)
        {
            throw new FeelLimitException($"Die Funktionsaufrufe sind tiefer verschachtelt als erlaubt ({limits.MaxCallDepth}).");
        }

        try
        {
            return Evaluate(body, scope);
        }
        finally
        {
            _callDepth--;
        }
    }

    public void Step()
    {
        if (++_steps > limits.MaxSteps)
        {
            throw new FeelLimitException($"Der Ausdruck braucht mehr als {limits.MaxSteps} Rechenschritte.");
        }

        if ((_steps & 255) == 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new FeelLimitException($"Der Ausdruck rechnet länger als erlaubt ({limits.MaxDuration.TotalSeconds:0.###} s).");
        }
    }

    /// <summary>Checks the size of a produced value against the limits and returns it.</summary>
    public object? Checked(object? value)
    {
        switch (value)
        {
            case string s when s.Length > limits.MaxStringLength:
                throw new FeelLimitException($"Eine Zeichenkette ist länger als erlaubt ({limits.MaxStringLength} Zeichen).");
            case List<object?> list when list.Count > limits.MaxCollectionSize:
                throw new FeelLimitException($"Eine Liste hat mehr Einträge als erlaubt ({limits.MaxCollectionSize}).");
            case FeelContext context when context.Count > limits.MaxCollectionSize:
                throw new FeelLimitException($"Ein Kontext hat mehr Einträge als erlaubt ({limits.MaxCollectionSize}).");
        }

        return value;
    }

    /// <summary>
    /// Evaluates a left-leaning chain (a + b - c …) in a loop rather than by recursion, so long chains
    /// need no deep stack.
    /// </summary>
    private object? Binary(BinaryNode node, FeelScope scope)
    {
        var spine = new Stack<BinaryNode>();
        FeelNode current = node;
        while (current is BinaryNode binary && (ReferenceEquals(binary, node) || binary.AsName is null))
        {
            spine.Push(binary);
            current = binary.Left;
        }

        var left = Evaluate(current, scope);
        while (spine.TryPop(out var binary))
        {
            if (!ReferenceEquals(binary, node))
            {
                Step();
            }

            left = Checked(Apply(binary.Operator, left, Evaluate(binary.Right, scope)));
        }

        return left;
    }

    private static object? Apply(string op, object? left, object? right)
    {
        switch (op)
        {
            case "=":
                return FeelCompare.AreEqual(left, right);
            case "!=":
                return FeelCompare.AreEqual(left, right) is { } equal ? !equal : null;
            case "<" or "<=" or ">" or ">=":
                if (FeelCompare.Order(left, right) is not { } order)
                {
                    return null;
                }

                return op switch { "<" => order < 0, "<=" => order <= 0, ">" => order > 0, _ => order >= 0 };
            default:
                return FeelArithmetic.Apply(op, left, right);
        }
    }

    private object? And(AndNode node, FeelScope scope)
    {
        var left = Evaluate(node.Left, scope);
        if (left is false)
        {
            return false;
        }

        var right = Evaluate(node.Right, scope);
        if (right is false)
        {
            return false;
        }

        return left is true && right is true ? true : null;
    }

    private object? Or(OrNode node, FeelScope scope)
    {
        var left = Evaluate(node.Left, scope);
        if (left is true)
        {
            return true;
        }

        var right = Evaluate(node.Right, scope);
        if (right is true)
        {
            return true;
        }

        return left is false && right is false ? false : null;
    }

    private object? Between(BetweenNode node, FeelScope scope)
    {
        var value = Evaluate(node.Value, scope);
        var low = FeelCompare.Order(Evaluate(node.Low, scope), value);
        var high = FeelCompare.Order(value, Evaluate(node.High, scope));
        if (low > 0 || high > 0)
        {
            return false;
        }

        return low is null || high is null ? null : true;
    }
}
