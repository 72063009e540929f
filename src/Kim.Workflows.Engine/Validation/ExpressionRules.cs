using Kim.Workflows.Engine.Expressions;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>Every expression of the process must at least parse (conditions, assignments, timers, mappings).</summary>
internal static class ExpressionRules
{
    public static void Check(ValidationContext c)
    {
        foreach (var node in c.Process.AllNodes)
        {
            foreach (var text in ExpressionsOf(node))
            {
                Compile(c, node, text);
            }

            foreach (var flow in node.Outgoing.Where(f => f.Condition is not null))
            {
                Compile(c, flow, flow.Condition!);
            }
        }
    }

    private static void Compile(ValidationContext c, FlowElement element, string text)
    {
        try
        {
            CompiledExpression.Compile(text);
        }
        catch (ExpressionException e)
        {
            c.Error(element, "invalid-expression", $"Der Ausdruck '{text}' an {ElementNames.Describe(element)} ist fehlerhaft: {e.Reason} (Zeichen {e.Position + 1}). Korrigieren Sie ihn oder wählen Sie einen vorgegebenen Wert.");
        }
    }

    private static IEnumerable<string> ExpressionsOf(FlowNode node)
    {
        var texts = new List<string?>();
        if (node is TaskActivity { UserTask: { } u })
        {
            texts.AddRange([u.Assignee, u.CandidateGroups, u.CandidateUsers, u.DueDate, u.FollowUpDate, u.Priority]);
        }

        if (node is TaskActivity { Binding: { } b })
        {
            texts.Add(b.Expression);
            texts.AddRange(Parameters(b.ConnectorIo));
        }

        if (node is EventNode { Timer: { } t })
        {
            texts.Add(t.Expression);
        }

        if (node is Activity activity)
        {
            texts.AddRange(Parameters(activity.InputOutput));
            if (activity.MultiInstance is { } mi)
            {
                texts.AddRange([mi.LoopCardinality, mi.CompletionCondition]);
            }
        }

        if (node is CallActivity call)
        {
            texts.Add(call.CalledElement);
            texts.Add(call.BusinessKeyExpression);
            texts.AddRange(call.In.Concat(call.Out).Select(p => p.SourceExpression));
        }

        return texts.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!);
    }

    private static IEnumerable<string?> Parameters(IoMapping? io) =>
        io is null
            ? []
            : io.Inputs.Concat(io.Outputs).SelectMany(p => p.List ?? (p.Map?.Values.ToList() ?? [p.Text]));
}
