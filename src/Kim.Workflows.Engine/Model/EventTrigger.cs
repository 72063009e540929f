namespace Kim.Workflows.Engine.Model;

/// <summary>The event definition an event carries (BPMN 2.0 §10.5). <c>None</c> means no definition.</summary>
public enum EventTrigger
{
    None,
    Timer,
    Message,
    Signal,
    Error,
    Terminate,
}
