namespace Kim.Workflows.Engine.Model;

/// <summary>The BPMN element kinds the engine knows. Everything else is rejected at deploy time.</summary>
public enum ElementKind
{
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    Task,
    UserTask,
    ManualTask,
    ReceiveTask,
    SendTask,
    ServiceTask,
    BusinessRuleTask,
    ScriptTask,
    SubProcess,
    CallActivity,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    EventBasedGateway,
}
