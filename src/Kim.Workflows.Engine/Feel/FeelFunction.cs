namespace Kim.Workflows.Engine.Feel;

/// <summary>A FEEL function value: user-defined (<c>function(a, b) …</c>) or built-in.</summary>
public abstract class FeelFunction
{
    internal abstract object? Invoke(FeelInterpreter interpreter, IReadOnlyList<object?> arguments, IReadOnlyList<string>? names);

    /// <summary>Parameter names, to check <c>instance of function&lt;…&gt;</c> arity.</summary>
    internal abstract int? Arity { get; }
}

internal sealed class UserFunction(IReadOnlyList<string> parameters, FeelNode body, FeelScope closure) : FeelFunction
{
    internal override int? Arity => parameters.Count;

    internal override object? Invoke(FeelInterpreter interpreter, IReadOnlyList<object?> arguments, IReadOnlyList<string>? names)
    {
        var scope = closure;
        if (names is null)
        {
            if (arguments.Count != parameters.Count)
            {
                return null;
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                scope = scope.With(parameters[i], arguments[i]);
            }
        }
        else
        {
            if (names.Any(n => !parameters.Contains(n)))
            {
                return null;
            }

            foreach (var parameter in parameters)
            {
                var at = names.ToList().IndexOf(parameter);
                scope = scope.With(parameter, at >= 0 ? arguments[at] : null);
            }
        }

        return interpreter.EvaluateBody(body, scope);
    }
}
