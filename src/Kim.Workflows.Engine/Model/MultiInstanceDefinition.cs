namespace Kim.Workflows.Engine.Model;

/// <summary><c>multiInstanceLoopCharacteristics</c> (BPMN 2.0 §13.3.7) with Camunda's collection attributes.</summary>
public sealed record MultiInstanceDefinition(
    bool IsSequential,
    string? LoopCardinality,
    string? Collection,
    string? ElementVariable,
    string? CompletionCondition);
