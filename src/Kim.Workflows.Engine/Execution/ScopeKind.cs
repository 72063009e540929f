namespace Kim.Workflows.Engine.Execution;

public enum ScopeKind
{
    Process,
    SubProcess,
    MultiInstanceBody,
    MultiInstanceIteration,

    /// <summary>Local variables of one activity (<c>camunda:inputOutput</c>).</summary>
    ActivityLocal,
}
