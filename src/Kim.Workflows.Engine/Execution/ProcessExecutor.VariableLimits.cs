using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Variable sizes: each written value at once, each instance's total before the command commits.</summary>
public sealed partial class ProcessExecutor
{
    private bool _variablesWritten;

    /// <summary>Refuses a value over <see cref="VariableLimits.MaxValueBytes"/> with a <see cref="VariableLimitException"/> naming it.</summary>
    public void CheckVariable(string name, object? value)
    {
        _variablesWritten = true;
        var limit = Options.VariableLimits.MaxValueBytes;
        if (value is string or List<object?> or Dictionary<string, object?> && VariableSize.Of(value) is var size && size > limit)
        {
            throw new VariableLimitException(name, size, limit, instanceTotal: false);
        }
    }

    /// <summary>
    /// After a command wrote variables: refuses it when an instance's variables together exceed
    /// <see cref="VariableLimits.MaxInstanceBytes"/>, naming the largest. Commands that wrote nothing pay nothing.
    /// </summary>
    public void CheckInstanceVariableTotals()
    {
        if (!_variablesWritten)
        {
            return;
        }

        var limit = Options.VariableLimits.MaxInstanceBytes;
        foreach (var instance in _instances.Values)
        {
            long total = 0;
            (string Name, long Size) largest = ("", -1);
            foreach (var scope in instance.Scopes)
            {
                foreach (var (name, value) in scope.Variables)
                {
                    var size = VariableSize.Of(value) + name.Length;
                    total += size;
                    if (size > largest.Size)
                    {
                        largest = (name, size);
                    }
                }
            }

            if (total > limit)
            {
                throw new VariableLimitException(largest.Name, total, limit, instanceTotal: true);
            }
        }
    }
}
