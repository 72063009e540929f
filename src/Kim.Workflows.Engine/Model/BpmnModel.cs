namespace Kim.Workflows.Engine.Model;

/// <summary>A parsed BPMN file: its processes and root elements (messages, signals, errors).</summary>
public sealed class BpmnModel
{
    public BpmnModel(
        IReadOnlyList<ProcessDefinition> processes,
        IReadOnlyDictionary<string, MessageDefinition> messages,
        IReadOnlyDictionary<string, SignalDefinition> signals,
        IReadOnlyDictionary<string, ErrorDefinition> errors)
    {
        Processes = processes;
        Messages = messages;
        Signals = signals;
        Errors = errors;
    }

    public IReadOnlyList<ProcessDefinition> Processes { get; }

    /// <summary>Messages by id.</summary>
    public IReadOnlyDictionary<string, MessageDefinition> Messages { get; }

    public IReadOnlyDictionary<string, SignalDefinition> Signals { get; }

    public IReadOnlyDictionary<string, ErrorDefinition> Errors { get; }

    /// <summary>The first executable process: what a deployment of this file starts.</summary>
    public ProcessDefinition? MainProcess => Processes.FirstOrDefault(p => p.IsExecutable);

    public ProcessDefinition? FindProcess(string id) => Processes.FirstOrDefault(p => p.Id == id);
}
