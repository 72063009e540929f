namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Names visible during evaluation, innermost first: one binding (iteration variable, <c>item</c>,
/// <c>?</c>), the entries of a context (a context being built, a filtered item) or the input variables.
/// </summary>
internal sealed class FeelScope
{
    private readonly FeelScope? _parent;
    private readonly string? _name;
    private readonly object? _value;
    private readonly FeelContext? _context;
    private readonly IReadOnlyDictionary<string, object?>? _variables;

    private FeelScope(FeelScope? parent, string? name, object? value, FeelContext? context, IReadOnlyDictionary<string, object?>? variables)
    {
        _parent = parent;
        _name = name;
        _value = value;
        _context = context;
        _variables = variables;
    }

    public static FeelScope Root(IReadOnlyDictionary<string, object?> variables) => new(null, null, null, null, variables);

    public FeelScope With(string name, object? value) => new(this, name, value, null, null);

    public FeelScope With(FeelContext context) => new(this, null, null, context, null);

    public bool TryResolve(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._name is not null && scope._name == name)
            {
                value = scope._value;
                return true;
            }

            if (scope._context is not null && scope._context.TryGet(name, out value))
            {
                return true;
            }

            if (scope._variables is not null && scope._variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }
}
