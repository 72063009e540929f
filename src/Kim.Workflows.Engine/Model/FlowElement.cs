namespace Kim.Workflows.Engine.Model;

/// <summary>Anything in a process with an id: flow nodes and sequence flows.</summary>
public abstract class FlowElement
{
    protected FlowElement(string id, string? name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string? Name { get; }

    /// <summary>Id plus name for messages a process owner reads ("Task_1 (Assessment)").</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Id} ({Name})";
}
