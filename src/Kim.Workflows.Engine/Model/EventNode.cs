namespace Kim.Workflows.Engine.Model;

/// <summary>Start, end, intermediate or boundary event with at most one event definition.</summary>
public sealed class EventNode : FlowNode
{
    public EventNode(string id, string? name, ElementKind kind, EventTrigger trigger)
        : base(id, name, kind)
    {
        Trigger = trigger;
    }

    public EventTrigger Trigger { get; }

    public TimerDefinition? Timer { get; internal set; }

    /// <summary>The message, signal or error this event refers to (resolved from its ref attribute).</summary>
    public MessageDefinition? Message { get; internal set; }

    public SignalDefinition? Signal { get; internal set; }

    public ErrorDefinition? Error { get; internal set; }

    /// <summary>Boundary events: the activity they are attached to.</summary>
    public Activity? AttachedTo { get; internal set; }

    /// <summary>Boundary events: interrupting (the default) or not.</summary>
    public bool CancelActivity { get; internal set; } = true;

    /// <summary>Variable that receives the error code (error start/boundary, <c>camunda:errorCodeVariable</c>).</summary>
    public string? ErrorCodeVariable { get; internal set; }

    /// <summary>A service-task style binding on a throwing message event (connector or delegate).</summary>
    public ServiceBinding? Binding { get; internal set; }

    public IoMapping? InputOutput { get; internal set; }
}
