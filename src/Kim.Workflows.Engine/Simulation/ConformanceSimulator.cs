using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Simulation;

/// <summary>
/// Runs one instance of a file in memory under a script of external events and reports the trace the
/// conformance kit compares (../shared/conformance/README.md). No handlers run, time never moves.
/// </summary>
public static class ConformanceSimulator
{
    private static readonly DateTimeOffset SimulatedNow = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The simulation's frozen clock: hosts give it to the FEEL evaluator of forms, so now() and today() in a
    /// form agree with the date the simulator checks <c>disallowPassedDates</c> against, and traces are repeatable.
    /// </summary>
    public static TimeProvider Clock { get; } = new FixedTimeProvider(SimulatedNow);

    public static SimulationTrace Run(byte[] bpmn, SimulationScript script) =>
        Run(bpmn, script, DeploymentForms.Empty, UnavailableFormExpressionEvaluator.Instance);

    /// <summary>Runs <paramref name="mainFile"/> of a deployment (BPMN plus .form files); the whole deployment must validate.</summary>
    public static SimulationTrace Run(IReadOnlyList<DeploymentFile> files, string mainFile, SimulationScript script, IFormExpressionEvaluator evaluator)
    {
        var deployment = DeploymentValidator.Validate(files);
        var main = files.FirstOrDefault(f => f.Name == mainFile) ?? throw new ArgumentException($"'{mainFile}' is not part of the deployment.", nameof(mainFile));
        if (!deployment.IsValid)
        {
            var errors = string.Join("; ", deployment.Errors.Select(e => $"{e.File}: {e.Problem.ElementId}: {e.Problem.Message}"));
            return new SimulationTrace("error", [], [], [], script.Variables, "invalid deployment: " + errors);
        }

        return Run(main.Content, script, deployment.Forms, evaluator);
    }

    /// <summary>
    /// Runs a file deployed with Camunda Forms: completing a user task with a form validates the action's
    /// variables as the server does; a rejected completion leaves the task waiting and is listed in the trace.
    /// </summary>
    public static SimulationTrace Run(byte[] bpmn, SimulationScript script, DeploymentForms forms, IFormExpressionEvaluator evaluator)
    {
        var validation = BpmnValidator.Validate(bpmn, ValidationOptions.Default with { Forms = forms });
        if (!validation.IsValid)
        {
            var errors = string.Join("; ", validation.Errors.Select(e => $"{e.ElementId}: {e.Message}"));
            return new SimulationTrace("error", [], [], [], script.Variables, "invalid model: " + errors);
        }

        var model = validation.Model!;
        var definitions = new SimulationDefinitions(model);
        var executor = new ProcessExecutor(definitions, Clock, new CountingIdGenerator(), new ExecutorOptions { RunHandlers = false });
        ProcessInstance? root = null;
        string? error = null;
        var submissions = new SimulationSubmissions(forms, evaluator, DateOnly.FromDateTime(SimulatedNow.UtcDateTime));
        try
        {
            var main = definitions.FindLatest(model.MainProcess!.Id)!;
            root = executor.StartInstance(main, null, script.Variables);
            executor.RunToRest();
            foreach (var action in script.Actions)
            {
                Apply(executor, model, action, submissions);
                executor.RunToRest();
            }
        }
        catch (EngineException e)
        {
            error = e.ElementId is null ? e.Message : $"{e.ElementId}: {e.Message}";
        }

        return Trace(executor, root, error, script.Variables) with { Rejected = submissions.Rejected };
    }

    private static void Apply(ProcessExecutor executor, BpmnModel model, SimulationAction action, SimulationSubmissions submissions)
    {
        switch (action.Type)
        {
            case "complete":
                var (instance, subscription) = Find(executor, action, s => s.ElementId == action.Id && s.Kind is SubscriptionKind.UserTask or SubscriptionKind.ReceiveTask);
                if (submissions.Accept(executor, instance, subscription, action) is (true, var values))
                {
                    executor.Trigger(instance, subscription, values);
                }

                break;
            case "timer":
                Fire(executor, action, s => s.ElementId == action.Id && s.Kind == SubscriptionKind.Timer);
                break;
            case "message":
                var name = model.Messages.TryGetValue(action.Id, out var message) ? message.Name : null;
                Fire(executor, action, s => s.Kind is SubscriptionKind.Message or SubscriptionKind.ReceiveTask
                    && (name is not null ? s.EventName == name : s.ElementId == action.Id));
                break;
            case "signal":
                var signal = model.Signals.TryGetValue(action.Id, out var sd) ? sd.Name : SignalOfElement(executor, action.Id);
                if (executor.DeliverSignal(signal, action.Variables) == 0)
                {
                    throw new EngineException($"Nothing waits for signal '{action.Id}'.", action.Id);
                }

                break;
            default:
                throw new EngineException($"Unknown action type '{action.Type}'.", action.Id);
        }
    }

    private static string SignalOfElement(ProcessExecutor executor, string elementId) =>
        executor.Instances.SelectMany(i => i.Subscriptions).FirstOrDefault(s => s.ElementId == elementId && s.Kind == SubscriptionKind.Signal)?.EventName
        ?? throw new EngineException($"Nothing waits for signal '{elementId}'.", elementId);

    /// <summary>Triggers the oldest matching subscription (instances in creation order, then subscription order).</summary>
    private static void Fire(ProcessExecutor executor, SimulationAction action, Func<Subscription, bool> match)
    {
        var (instance, subscription) = Find(executor, action, match);
        executor.Trigger(instance, subscription, action.Variables);
    }

    private static (ProcessInstance Instance, Subscription Subscription) Find(ProcessExecutor executor, SimulationAction action, Func<Subscription, bool> match)
    {
        foreach (var instance in executor.Instances.Where(i => i.Status == InstanceStatus.Running))
        {
            var subscription = instance.Subscriptions.Where(match).OrderBy(s => s.Sequence).FirstOrDefault();
            if (subscription is not null)
            {
                return (instance, subscription);
            }
        }

        throw new EngineException($"Nothing waits at '{action.Id}' for a {action.Type} action.", action.Id);
    }

    private static SimulationTrace Trace(ProcessExecutor executor, ProcessInstance? root, string? error, IReadOnlyDictionary<string, object?> initial)
    {
        var completed = executor.Journal.Where(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId is not null).Select(j => j.ElementId!).ToList();
        var flows = executor.Journal.Where(j => j.Kind == JournalEntryKind.FlowTaken).Select(j => j.ElementId!).ToList();
        var waiting = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var instance in executor.Instances.Where(i => i.Status == InstanceStatus.Running))
        {
            foreach (var token in instance.Tokens.Where(t => t.State == TokenState.Waiting))
            {
                var node = executor.NodeOf(instance, token);
                if (node.Kind is ElementKind.UserTask or ElementKind.ReceiveTask or ElementKind.IntermediateCatchEvent)
                {
                    waiting.Add(node.Id);
                }
                else if (node.Kind == ElementKind.EventBasedGateway)
                {
                    foreach (var s in instance.Subscriptions.Where(s => s.TokenId == token.Id))
                    {
                        waiting.Add(s.ElementId);
                    }
                }
            }
        }

        var state = error is not null ? "error" : root is null || root.Status != InstanceStatus.Running ? "completed" : "waiting";
        return new SimulationTrace(state, completed, flows, state == "completed" ? [] : [.. waiting], root?.Variables ?? initial, error);
    }
}
