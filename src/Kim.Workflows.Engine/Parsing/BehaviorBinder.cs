using Kim.Workflows.Engine.Behaviors;
using Kim.Workflows.Engine.Behaviors.Events;
using Kim.Workflows.Engine.Behaviors.Gateways;
using Kim.Workflows.Engine.Behaviors.Tasks;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>Binds each node to its behaviour once, at parse time. Behaviours are stateless singletons.</summary>
internal static class BehaviorBinder
{
    private static readonly IFlowNodeBehavior UserTask = new UserTaskBehavior();
    private static readonly IFlowNodeBehavior ReceiveTask = new ReceiveTaskBehavior();
    private static readonly IFlowNodeBehavior ServiceTask = new ServiceTaskBehavior();
    private static readonly IFlowNodeBehavior ScriptTask = new ScriptTaskBehavior();
    private static readonly IFlowNodeBehavior SubProcess = new SubProcessBehavior();
    private static readonly IFlowNodeBehavior CallActivity = new CallActivityBehavior();
    private static readonly IFlowNodeBehavior Exclusive = new ExclusiveGatewayBehavior();
    private static readonly IFlowNodeBehavior Parallel = new ParallelGatewayBehavior();
    private static readonly IFlowNodeBehavior Inclusive = new InclusiveGatewayBehavior();
    private static readonly IFlowNodeBehavior EventBased = new EventBasedGatewayBehavior();
    private static readonly IFlowNodeBehavior CatchEvent = new CatchEventBehavior();
    private static readonly IFlowNodeBehavior Boundary = new BoundaryEventBehavior();
    private static readonly IFlowNodeBehavior Terminate = new TerminateEndEventBehavior();
    private static readonly IFlowNodeBehavior ErrorEnd = new ErrorEndEventBehavior();
    private static readonly IFlowNodeBehavior SignalThrow = new SignalThrowEventBehavior();
    private static readonly IFlowNodeBehavior MessageThrow = new MessageThrowEventBehavior();

    public static void Bind(ProcessDefinition process)
    {
        foreach (var node in process.AllNodes)
        {
            node.Behavior = Choose(node);
        }
    }

    private static IFlowNodeBehavior Choose(FlowNode node) => node switch
    {
        Gateway { Kind: ElementKind.ExclusiveGateway } => Exclusive,
        Gateway { Kind: ElementKind.ParallelGateway } => Parallel,
        Gateway { Kind: ElementKind.InclusiveGateway } => Inclusive,
        Gateway { Kind: ElementKind.EventBasedGateway } => EventBased,
        EventNode { Kind: ElementKind.BoundaryEvent } => Boundary,
        EventNode { Kind: ElementKind.IntermediateCatchEvent } => CatchEvent,
        EventNode { Trigger: EventTrigger.Terminate } => Terminate,
        EventNode { Kind: ElementKind.EndEvent, Trigger: EventTrigger.Error } => ErrorEnd,
        EventNode { Kind: ElementKind.EndEvent or ElementKind.IntermediateThrowEvent, Trigger: EventTrigger.Signal } => SignalThrow,
        EventNode { Kind: ElementKind.EndEvent or ElementKind.IntermediateThrowEvent, Trigger: EventTrigger.Message } => MessageThrow,
        TaskActivity { Kind: ElementKind.UserTask } => UserTask,
        TaskActivity { Kind: ElementKind.ReceiveTask } => ReceiveTask,
        TaskActivity { Kind: ElementKind.ServiceTask or ElementKind.SendTask or ElementKind.BusinessRuleTask } => ServiceTask,
        TaskActivity { Kind: ElementKind.ScriptTask } => ScriptTask,
        Model.SubProcess => SubProcess,
        Model.CallActivity => CallActivity,
        _ => PassThroughBehavior.Instance,
    };
}
