using System.Runtime.CompilerServices;
using Kim.Workflows.Engine.Expressions.Evaluation;
using Kim.Workflows.Engine.Expressions.Syntax;

namespace Kim.Workflows.Engine.Expressions;

/// <summary>
/// A parsed Camunda 7 / JUEL style expression: <c>${expr}</c> (typed result), text mixed with
/// <c>${...}</c> blocks (a string), or plain text. <c>#{...}</c> is accepted like <c>${...}</c>.
/// Immutable and thread-safe; evaluation state lives in a per-call context.
/// </summary>
public sealed class CompiledExpression
{
    private readonly ExpressionNode? _root;
    private readonly string _literal;

    private CompiledExpression(string text, ExpressionNode? root, string literal)
    {
        Text = text;
        _root = root;
        _literal = literal;
        ReferencedVariables = root is null ? [] : CollectVariables(root);
    }

    public string Text { get; }

    /// <summary>True when the text holds no <c>${...}</c>; evaluation then returns the text itself.</summary>
    public bool IsLiteralText => _root is null;

    /// <summary>Names of the variables read as bare identifiers (not via execution.getVariable), in order of appearance.</summary>
    public IReadOnlyCollection<string> ReferencedVariables { get; }

    /// <summary>Parses <paramref name="text"/> or returns the cached result of an earlier call.</summary>
    /// <exception cref="ExpressionException">Syntax error or a construct that is not allowed.</exception>
    public static CompiledExpression Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ExpressionCache.Shared.GetOrAdd(text, Parse);
    }

    /// <summary>Evaluates against <paramref name="variables"/>; <c>now()</c> reads <paramref name="timeProvider"/> (without one, <c>now()</c> fails: the engine never reads the wall clock itself).</summary>
    /// <exception cref="ExpressionException">Unknown variable, type error or exceeded limit.</exception>
    public object? Evaluate(IVariableReader variables, ExpressionLimits? limits = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (_root is null)
        {
            return _literal;
        }

        var context = new EvaluationContext(variables, limits ?? ExpressionLimits.Default, timeProvider ?? NoClock.Instance);
        try
        {
            return context.CheckResult(_root.Evaluate(context), _root.Position);
        }
        catch (EvaluationFailure failure)
        {
            throw new ExpressionException(failure.Message, Text, failure.Position, failure.InnerException) { MissingVariable = failure.MissingVariable };
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new ExpressionException("expression is too deeply nested to evaluate", Text, _root.Position, ex);
        }
    }

    public override string ToString() => Text;

    internal static CompiledExpression Parse(string text)
    {
        var root = Parser.ParseTemplate(text, out var literal);
        return new CompiledExpression(text, root, literal);
    }

    private static string[] CollectVariables(ExpressionNode root)
    {
        var names = new List<string>();
        var pending = new Stack<ExpressionNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is VariableNode variable && !names.Contains(variable.Name))
            {
                names.Add(variable.Name);
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return [.. names];
    }
}
