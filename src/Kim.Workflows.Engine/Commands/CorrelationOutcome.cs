namespace Kim.Workflows.Engine.Commands;

public enum CorrelationOutcome
{
    /// <summary>Delivered to one waiting instance.</summary>
    Delivered,

    /// <summary>Started a new instance at a message start event.</summary>
    StartedInstance,

    /// <summary>Nothing waits for this message (with this business key).</summary>
    NoMatch,

    /// <summary>Several instances wait; a business key is needed to choose.</summary>
    Ambiguous,
}
