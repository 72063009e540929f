namespace Kim.Workflows.Engine.Execution.Effects;

public sealed record IncidentRaised(Guid InstanceId, Guid IncidentId, string ElementId, string Message) : EngineEffect(InstanceId);
