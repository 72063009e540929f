using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Wait subscriptions: what tokens wait for, and the effects that tell the host about them.</summary>
public sealed partial class ProcessExecutor
{
    public Subscription Subscribe(ProcessInstance instance, Token token, string elementId, SubscriptionKind kind, string? eventName = null)
    {
        var subscription = new Subscription
        {
            Id = Ids.NewId(),
            TokenId = token.Id,
            ElementId = elementId,
            Kind = kind,
            EventName = eventName,
            Sequence = instance.NextSequence++,
            CreatedAt = Now,
        };
        instance.Subscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>Evaluates a timer definition in the token's scope and schedules it.</summary>
    public Subscription SubscribeTimer(ProcessInstance instance, Token token, string elementId, TimerDefinition timer)
    {
        var value = EvaluateText(instance, token, timer.Expression, elementId);
        DateTimeOffset? first;
        try
        {
            first = timer.WorkingDays is { } rule
                ? WorkingDayDeadlines.NextDue(timer.Kind, value, rule, Options.WorkingDays, Now, null, 0)
                : TimerSchedule.Parse(timer.Kind, value).NextDue(Now, null, 0);
        }
        catch (TimerFormatException e)
        {
            throw new EngineException(e.Message, elementId, e);
        }

        var due = first ?? throw new EngineException($"Timer '{value}' has no due date.", elementId);
        var subscription = Subscribe(instance, token, elementId, SubscriptionKind.Timer);
        subscription.TimerKind = timer.Kind;
        subscription.TimerValue = value;
        subscription.DueAt = due;
        Emit(new TimerScheduled(instance.Id, subscription.Id, elementId, due));
        return subscription;
    }

    /// <summary>After a cycle timer fired: schedule its next occurrence, or report that it is exhausted.</summary>
    public bool Reschedule(ProcessInstance instance, Subscription timer)
    {
        timer.FiredCount++;
        var next = WorkingDaysOf(instance, timer.ElementId) is { } rule
            ? WorkingDayDeadlines.NextDue(timer.TimerKind!.Value, timer.TimerValue!, rule, Options.WorkingDays, Now, timer.DueAt, timer.FiredCount)
            : TimerSchedule.Parse(timer.TimerKind!.Value, timer.TimerValue!).NextDue(Now, timer.DueAt, timer.FiredCount);
        if (next is null)
        {
            return false;
        }

        timer.DueAt = next;
        Emit(new TimerScheduled(instance.Id, timer.Id, timer.ElementId, next.Value));
        return true;
    }

    /// <summary>The working-day marking of a timer element, read from the deployed definition (it is not stored per timer).</summary>
    private WorkingDayRule? WorkingDaysOf(ProcessInstance instance, string elementId) =>
        (DefinitionOf(instance).Process.GetNode(elementId) as EventNode)?.Timer?.WorkingDays;

    /// <summary>Removes the subscriptions of a token. Completed: the task was done; otherwise cancelled.</summary>
    public void RemoveSubscriptions(ProcessInstance instance, Token token, bool completed)
    {
        var subs = instance.Subscriptions;
        for (var i = subs.Count - 1; i >= 0; i--)
        {
            if (subs[i].TokenId == token.Id)
            {
                EmitEnded(instance, subs[i], completed);
                subs.RemoveAt(i);
            }
        }
    }

    public void RemoveSubscription(ProcessInstance instance, Subscription subscription, bool completed)
    {
        if (instance.Subscriptions.Remove(subscription))
        {
            EmitEnded(instance, subscription, completed);
        }
    }

    private void EmitEnded(ProcessInstance instance, Subscription subscription, bool completed)
    {
        switch (subscription.Kind)
        {
            case SubscriptionKind.UserTask:
                Emit(new UserTaskEnded(instance.Id, subscription.Id, completed));
                break;
            case SubscriptionKind.Timer when !completed || subscription.DueAt > Now:
                Emit(new TimerCancelled(instance.Id, subscription.Id));
                break;
            case SubscriptionKind.Job when !completed:
                Emit(new JobCancelled(instance.Id, subscription.Id));
                break;
        }

        instance.Incidents.RemoveAll(i => i.SubscriptionId == subscription.Id);
    }

    /// <summary>Boundary events start listening when their host activity waits.</summary>
    internal void ArmBoundaryEvents(ProcessInstance instance, Token host, Activity activity)
    {
        foreach (var boundary in activity.BoundaryEvents)
        {
            switch (boundary.Trigger)
            {
                case EventTrigger.Timer:
                    SubscribeTimer(instance, host, boundary.Id, boundary.Timer!);
                    break;
                case EventTrigger.Message:
                    Subscribe(instance, host, boundary.Id, SubscriptionKind.Message, boundary.Message!.Name);
                    break;
                case EventTrigger.Signal:
                    Subscribe(instance, host, boundary.Id, SubscriptionKind.Signal, boundary.Signal!.Name);
                    break;
            }
        }
    }
}
