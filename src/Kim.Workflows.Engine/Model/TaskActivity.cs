namespace Kim.Workflows.Engine.Model;

/// <summary>Every kind of task; what differs is carried in the optional parts.</summary>
public sealed class TaskActivity : Activity
{
    public TaskActivity(string id, string? name, ElementKind kind)
        : base(id, name, kind)
    {
    }

    public UserTaskDefinition? UserTask { get; internal set; }

    /// <summary>Service, send and business-rule tasks: the named handler that implements them.</summary>
    public ServiceBinding? Binding { get; internal set; }

    public ScriptDefinition? Script { get; internal set; }

    /// <summary>Receive (and send) tasks: the message they refer to.</summary>
    public MessageDefinition? Message { get; internal set; }
}
