using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Commands;

/// <summary>Timer start events: the host asks when each is due and starts an instance when it is.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>The timer start events of a deployed process with their next due time after <paramref name="after"/>.</summary>
    public static IReadOnlyList<(EventNode StartEvent, DateTimeOffset DueAt)> NextTimerStarts(
        DeployedProcess definition, DateTimeOffset now, DateTimeOffset? previousDue = null, int firedCount = 0)
    {
        var result = new List<(EventNode, DateTimeOffset)>();
        foreach (var start in definition.Process.StartEvents.Where(e => e.Trigger == EventTrigger.Timer && e.Timer is not null))
        {
            // Start timers have no instance yet, so only literal values (no ${...}) can be scheduled.
            var schedule = TimerSchedule.Parse(start.Timer!.Kind, start.Timer.Expression);
            if (schedule.NextDue(now, previousDue, firedCount) is { } due)
            {
                result.Add((start, due));
            }
        }

        return result;
    }

    /// <summary>Starts an instance at a given start event (timer start, or a specific none start).</summary>
    public async Task<CommandResult> StartAtEventAsync(
        DeployedProcess definition, string startEventId, string? businessKey, IReadOnlyDictionary<string, object?>? variables,
        CommandContext? command = null, CancellationToken cancellationToken = default)
    {
        if (definition.Process.FindNode(startEventId) is not EventNode { Kind: ElementKind.StartEvent } start || start.Scope is not ProcessDefinition)
        {
            throw new NotFoundException($"'{startEventId}' is not a start event of process '{definition.Key}'.");
        }

        var executor = NewExecutor();
        var instance = Guarded(executor, definition, () =>
        {
            var started = executor.StartInstance(definition, businessKey, variables, start);
            executor.RunToRest();
            return started;
        });
        return await CommitAsync(executor, instance, [], command ?? CommandContext.System("start-at-event"), cancellationToken).ConfigureAwait(false);
    }
}
