using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Expressions;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Commands;

/// <summary>Turns an engine failure during a command into the German answer for the person who sent it.</summary>
internal static class StepFailure
{
    public static StepFailedException Describe(EngineException failure, IEnumerable<DeployedProcess> definitions)
    {
        if (failure is StepFailedException described)
        {
            return described;
        }

        var step = definitions.Select(d => StepOf(failure.ElementId, d)).FirstOrDefault(s => s is not null);
        var label = step?.Label ?? failure.ElementId ?? "?";
        var expression = failure.InnerException as ExpressionException;
        var reason = expression switch
        {
            { MissingVariable: { } name } => $"Die Variable „{name}“ ist nicht gesetzt.",
            not null => $"Der Ausdruck „{expression.ExpressionText}“ lässt sich nicht auswerten ({expression.Reason}).",
            _ => failure.Message,
        };
        return new StepFailedException($"Der Schritt „{label}“ kann nicht ausgeführt werden: {reason}",
            step?.Id ?? failure.ElementId, label, expression?.MissingVariable, failure);
    }

    /// <summary>The node an element id names; for a sequence flow (its condition failed) the node it leaves.</summary>
    private static FlowNode? StepOf(string? elementId, DeployedProcess definition)
    {
        if (elementId is null)
        {
            return null;
        }

        var process = definition.Process;
        return process.FindNode(elementId) ?? process.AllNodes.FirstOrDefault(n => n.Outgoing.Any(f => f.Id == elementId));
    }
}
