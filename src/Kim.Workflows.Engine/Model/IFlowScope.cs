namespace Kim.Workflows.Engine.Model;

/// <summary>A container of flow nodes: a process or an embedded sub-process.</summary>
public interface IFlowScope
{
    string Id { get; }

    IReadOnlyList<FlowNode> FlowNodes { get; }

    IReadOnlyList<SequenceFlow> SequenceFlows { get; }

    /// <summary>The enclosing scope; null for a process.</summary>
    IFlowScope? ParentScope { get; }
}
