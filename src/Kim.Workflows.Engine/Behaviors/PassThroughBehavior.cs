namespace Kim.Workflows.Engine.Behaviors;

/// <summary>Start events, none end events, plain and manual tasks: complete at once.</summary>
public sealed class PassThroughBehavior : FlowNodeBehavior
{
    public static PassThroughBehavior Instance { get; } = new();
}
