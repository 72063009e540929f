using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>User task: creates an inbox task (assignment and dates evaluated now) and waits for completion.</summary>
public sealed class UserTaskBehavior : WaitStateBehavior
{
    public override void Execute(ProcessExecutor executor, ProcessInstance instance, Token token)
    {
        var node = (TaskActivity)executor.NodeOf(instance, token);
        var subscription = executor.Subscribe(instance, token, node.Id, SubscriptionKind.UserTask);
        var resolved = Resolve(executor, instance, token, node);
        executor.Emit(new UserTaskCreated(
            instance.Id, subscription.Id, node.Id, node.Name, instance.ProcessKey, instance.BusinessKey, resolved, executor.Now));
        token.State = TokenState.Waiting;
    }

    private static ResolvedUserTask Resolve(ProcessExecutor executor, ProcessInstance instance, Token token, TaskActivity node)
    {
        var def = node.UserTask ?? new UserTaskDefinition(null, null, null, null, null, null, null, []);
        string? Text(string? expression) =>
            string.IsNullOrWhiteSpace(expression) ? null : executor.EvaluateText(instance, token, expression, node.Id);

        return new ResolvedUserTask(
            Text(def.Assignee) is { Length: > 0 } a ? a : null,
            List(executor, instance, token, node, def.CandidateGroups),
            List(executor, instance, token, node, def.CandidateUsers),
            DueDate(executor, Text(def.DueDate), def.WorkingDays, node),
            Date(executor, Text(def.FollowUpDate), node),
            int.TryParse(Text(def.Priority), out var priority) ? priority : 50,
            def.FormKey,
            def.FormFields)
        {
            Form = def.Form,
        };
    }

    private static List<string> List(ProcessExecutor executor, ProcessInstance instance, Token token, TaskActivity node, string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return [];
        }

        var value = executor.Evaluate(instance, token, expression, node.Id);
        var items = value is IEnumerable<object?> list ? list.Select(v => v?.ToString() ?? "") : (value?.ToString() ?? "").Split(',');
        return items.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
    }

    /// <summary>The due date on a working day (see <see cref="WorkingDayDeadlines.DueDate"/>).</summary>
    private static DateTimeOffset? DueDate(ProcessExecutor executor, string? text, WorkingDayRule? rule, TaskActivity node)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return WorkingDayDeadlines.DueDate(text, rule, executor.Options.WorkingDays, executor.Now);
        }
        catch (TimerFormatException e)
        {
            throw new EngineException($"Due date '{text}' of user task {node.Label} is not an ISO 8601 date, an ISO 8601 duration or a number of working days ('10 AT').", node.Id, e);
        }
    }

    /// <summary>An ISO 8601 date, or a duration from now (<c>P14D</c>) as a convenience for follow-up dates.</summary>
    private static DateTimeOffset? Date(ProcessExecutor executor, string? text, TaskActivity node)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var kind = text.StartsWith('P') ? TimerKind.Duration : TimerKind.Date;
            return TimerSchedule.Parse(kind, text).NextDue(executor.Now, null, 0);
        }
        catch (TimerFormatException e)
        {
            throw new EngineException($"Date '{text}' of user task {node.Label} is not an ISO 8601 date or duration.", node.Id, e);
        }
    }
}
