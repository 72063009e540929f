using Kim.Workflows.Engine.Feel;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// The forms' FEEL seam over the engine's <see cref="FeelEngine"/>. Results come back in the variables' value
/// model (through FEEL's JSON form: integral numbers as long, others as double, dates, times, durations and
/// ranges as their FEEL strings, contexts as maps), because form values are stored as process variables.
/// </summary>
public sealed class FeelFormExpressionEvaluator(FeelEngine engine) : IFormExpressionEvaluator
{
    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?> context)
    {
        var result = engine.Evaluate(expression, context);
        if (!result.IsSuccess)
        {
            throw new FormExpressionException($"der FEEL-Ausdruck „{expression}“ kann nicht ausgewertet werden: {result.Error}");
        }

        return result.Value is null ? null : VariableValues.Parse(result.ToJson());
    }
}
