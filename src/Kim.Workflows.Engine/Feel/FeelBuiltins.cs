namespace Kim.Workflows.Engine.Feel;

/// <summary>The arguments of one built-in call, in parameter order; a rest parameter arrives as a list.</summary>
internal sealed class FeelArgs(FeelInterpreter interpreter, object?[] values, int present)
{
    public FeelInterpreter Interpreter => interpreter;

    public object? this[int index] => values[index];

    /// <summary>How many parameters were given (trailing optional ones may be absent).</summary>
    public int Count => present;

    public bool Has(int index) => index < present;
}

internal sealed record FeelOverload(string[] Parameters, Func<FeelArgs, object?> Body);

/// <summary>A built-in function: overloads chosen by argument count (positional) or by parameter names (named).</summary>
internal sealed class BuiltinFunction(string name, List<FeelOverload> overloads) : FeelFunction
{
    public string Name => name;

    public List<FeelOverload> Overloads => overloads;

    internal override int? Arity => null;

    internal override object? Invoke(FeelInterpreter interpreter, IReadOnlyList<object?> arguments, IReadOnlyList<string>? names)
    {
        foreach (var overload in overloads)
        {
            var args = names is null ? Positional(interpreter, overload, arguments) : Named(interpreter, overload, arguments, names);
            if (args is not null)
            {
                try
                {
                    return interpreter.Checked(overload.Body(args));
                }
                catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
                {
                    // Arguments beyond what decimal, int or NodaTime hold: undefined in FEEL terms, so null.
                    return null;
                }
            }
        }

        return null;
    }

    private static bool IsRest(string parameter) => parameter.EndsWith("...", StringComparison.Ordinal);

    private static bool IsOptional(string parameter) => parameter.EndsWith('?');

    private static string Bare(string parameter) => parameter.TrimEnd('?', '.');

    private static FeelArgs? Positional(FeelInterpreter interpreter, FeelOverload overload, IReadOnlyList<object?> arguments)
    {
        var parameters = overload.Parameters;
        var required = parameters.Count(p => !IsOptional(p) && !IsRest(p));
        var hasRest = parameters.Length > 0 && IsRest(parameters[^1]);
        // A rest parameter needs at least one value: all() and max() without arguments are errors.
        if (arguments.Count < required + (hasRest ? 1 : 0) || (!hasRest && arguments.Count > parameters.Length))
        {
            return null;
        }

        var values = new object?[parameters.Length];
        if (hasRest)
        {
            var fixedCount = parameters.Length - 1;
            for (var i = 0; i < fixedCount; i++)
            {
                values[i] = arguments[i];
            }

            values[^1] = arguments.Skip(fixedCount).ToList();
            return new FeelArgs(interpreter, values, parameters.Length);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            values[i] = arguments[i];
        }

        return new FeelArgs(interpreter, values, arguments.Count);
    }

    private static FeelArgs? Named(FeelInterpreter interpreter, FeelOverload overload, IReadOnlyList<object?> arguments, IReadOnlyList<string> names)
    {
        var parameters = overload.Parameters;
        var values = new object?[parameters.Length];
        var given = new bool[parameters.Length];
        for (var i = 0; i < names.Count; i++)
        {
            var at = Array.FindIndex(parameters, p => Bare(p) == names[i]);
            if (at < 0 || given[at])
            {
                return null;
            }

            values[at] = IsRest(parameters[at]) && arguments[i] is not List<object?> ? new List<object?> { arguments[i] } : arguments[i];
            given[at] = true;
        }

        // Named invocation: a required parameter left out is null (is(value1: x) compares x with null);
        // an optional one left out is absent, so substring(string: s, start position: 2) takes the rest.
        var present = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (given[i] || !IsOptional(parameters[i]))
            {
                present = i + 1;
            }
        }

        for (var i = 0; i < present; i++)
        {
            if (!given[i] && IsOptional(parameters[i]))
            {
                return null;
            }
        }

        return new FeelArgs(interpreter, values, present);
    }
}

/// <summary>Registry of FEEL's built-in functions (DMN 1.5 chapter 10.3.4), filled by the partial files by topic.</summary>
internal static partial class FeelBuiltins
{
    private static readonly Dictionary<string, BuiltinFunction> Functions = Build();

    public static BuiltinFunction? Find(string name) => Functions.GetValueOrDefault(name);

    private static Dictionary<string, BuiltinFunction> Build()
    {
        var functions = new Dictionary<string, BuiltinFunction>(StringComparer.Ordinal);
        void Add(string name, string[] parameters, Func<FeelArgs, object?> body)
        {
            if (!functions.TryGetValue(name, out var function))
            {
                functions[name] = function = new BuiltinFunction(name, []);
            }

            function.Overloads.Add(new FeelOverload(parameters, body));
        }

        AddConversions(Add);
        AddStrings(Add);
        AddLists(Add);
        AddNumbers(Add);
        AddTemporal(Add);
        AddRanges(Add);
        AddContexts(Add);
        AddExtensions(Add);
        return functions;
    }
}
