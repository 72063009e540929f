namespace Kim.Workflows.Engine.Execution;

/// <summary>The atomic operations the executor drains from its agenda (Camunda's AtomicOperation).</summary>
internal enum AgendaOperation
{
    Enter,
    Leave,
}
