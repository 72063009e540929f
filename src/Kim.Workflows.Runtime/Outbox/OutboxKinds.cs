using Kim.Workflows.Engine.Execution.Effects;

namespace Kim.Workflows.Runtime.Outbox;

/// <summary>The effects that leave the process, by outbox kind. Others (task ended, instance ended, signals) stay inside.</summary>
public static class OutboxKinds
{
    public const string TimerScheduled = "timer-scheduled";
    public const string TimerCancelled = "timer-cancelled";
    public const string JobCreated = "job-created";
    public const string JobCancelled = "job-cancelled";
    public const string UserTaskCreated = "user-task-created";
    public const string IncidentRaised = "incident-raised";
    public const string MessageThrown = "message-thrown";

    /// <summary>The kind and the id the effect is about (for the idempotency key), or null when the effect stays inside.</summary>
    public static (string Kind, string Subject)? Classify(EngineEffect effect) => effect switch
    {
        Engine.Execution.Effects.TimerScheduled t => (TimerScheduled, t.TimerId.ToString("N")),
        Engine.Execution.Effects.TimerCancelled t => (TimerCancelled, t.TimerId.ToString("N")),
        Engine.Execution.Effects.JobCreated j => (JobCreated, j.JobId.ToString("N")),
        Engine.Execution.Effects.JobCancelled j => (JobCancelled, j.JobId.ToString("N")),
        Engine.Execution.Effects.UserTaskCreated u => (UserTaskCreated, u.TaskId.ToString("N")),
        Engine.Execution.Effects.IncidentRaised i => (IncidentRaised, i.IncidentId.ToString("N")),
        Engine.Execution.Effects.MessageThrown m => (MessageThrown, m.MessageName),
        _ => null,
    };

    public static Type PayloadType(string kind) => kind switch
    {
        TimerScheduled => typeof(Engine.Execution.Effects.TimerScheduled),
        TimerCancelled => typeof(Engine.Execution.Effects.TimerCancelled),
        JobCreated => typeof(Engine.Execution.Effects.JobCreated),
        JobCancelled => typeof(Engine.Execution.Effects.JobCancelled),
        UserTaskCreated => typeof(Engine.Execution.Effects.UserTaskCreated),
        IncidentRaised => typeof(Engine.Execution.Effects.IncidentRaised),
        MessageThrown => typeof(Engine.Execution.Effects.MessageThrown),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown outbox kind."),
    };
}
