using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Starting instances (plain start, message/timer start, call activity children).</summary>
public sealed partial class ProcessExecutor
{
    public ProcessInstance StartInstance(
        DeployedProcess definition,
        string? businessKey,
        IReadOnlyDictionary<string, object?>? variables,
        EventNode? startEvent = null,
        ProcessInstance? parent = null,
        Token? callerToken = null)
    {
        startEvent ??= definition.Process.NoneStartEvent
            ?? throw new EngineException($"Process '{definition.Key}' has no none start event; it can only be started by its message or timer.", definition.Key);
        var id = Ids.NewId();
        var instance = new ProcessInstance
        {
            Id = id,
            RootInstanceId = parent?.RootInstanceId ?? id,
            ParentInstanceId = parent?.Id,
            ParentTokenId = callerToken?.Id,
            DefinitionId = definition.Id,
            ProcessKey = definition.Key,
            BusinessKey = businessKey,
            Status = InstanceStatus.Running,
            StartedAt = Now,
        };
        var root = NewScope(instance, null, null, definition.Process.Id, ScopeKind.Process);
        if (variables is not null)
        {
            foreach (var (name, value) in variables)
            {
                var normalized = VariableValues.Normalize(value);
                CheckVariable(name, normalized);
                root.Variables[name] = normalized;
            }
        }

        Attach(instance);
        Record(instance, JournalEntryKind.InstanceStarted, definition.Process.Id, businessKey);
        var token = NewToken(instance, root.Id, startEvent.Id);
        Enter(instance, token);
        return instance;
    }
}
