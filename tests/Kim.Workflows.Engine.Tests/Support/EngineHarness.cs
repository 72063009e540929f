using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Engine.Tests.Support;

/// <summary>One engine on in-memory stores with a fake clock and counting ids; scenario files are read from the test output.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    public EngineHarness(ExecutorOptions? options = null)
    {
        Engine = new WorkflowEngine(Definitions, Store, Time, new CountingIdGenerator(), options);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public RecordingInstanceStore Store { get; } = new();

    public InMemoryDefinitionRepository Definitions { get; } = new();

    public WorkflowEngine Engine { get; }

    public IReadOnlyList<EngineEffect> Effects => Store.Effects;

    public static byte[] Scenario(string relativePath) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, relativePath));

    public DeploymentResult Deploy(string relativePath, ValidationOptions? options = null)
    {
        var result = Definitions.Deploy(Scenario(relativePath), options);
        Assert.True(result.Success, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        return result;
    }

    public async Task<Guid> StartAsync(string processKey, object? variables = null, string? businessKey = null)
    {
        var result = await Engine.StartAsync(processKey, businessKey, Vars(variables));
        return result.InstanceId!.Value;
    }

    public static Dictionary<string, object?>? Vars(object? variables) => variables switch
    {
        null => null,
        Dictionary<string, object?> d => d,
        _ => variables.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(variables)),
    };

    public ProcessInstance Instance(Guid id) => Store.Inner.Find(id) ?? throw new InvalidOperationException($"instance {id} not found");

    public IReadOnlyList<ProcessInstance> All() => Store.Inner.All();

    /// <summary>The oldest subscription of a kind at an element, in any instance.</summary>
    public Subscription? FindWaiting(string elementId, SubscriptionKind kind) =>
        All().Where(i => i.Status == InstanceStatus.Running)
            .SelectMany(i => i.Subscriptions)
            .Where(s => s.ElementId == elementId && s.Kind == kind)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Sequence)
            .FirstOrDefault();

    public Guid Waiting(string elementId, SubscriptionKind kind = SubscriptionKind.UserTask) =>
        FindWaiting(elementId, kind)?.Id ?? throw new InvalidOperationException($"nothing waits at {elementId} ({kind}); waiting: {string.Join(", ", WaitingElements())}");

    public IEnumerable<string> WaitingElements() =>
        All().Where(i => i.Status == InstanceStatus.Running).SelectMany(i => i.Subscriptions).Select(s => $"{s.ElementId}:{s.Kind}");

    public Task<CommandResult> CompleteAsync(string elementId, object? variables = null) =>
        Engine.CompleteTaskAsync(Waiting(elementId), Vars(variables));

    public async Task<TimerFireResult> FireTimerAsync(string elementId)
    {
        var timer = FindWaiting(elementId, SubscriptionKind.Timer) ?? throw new InvalidOperationException($"no timer at {elementId}");
        Time.SetUtcNow(timer.DueAt!.Value);
        return await Engine.FireTimerAsync(timer.Id);
    }

    /// <summary>Element ids completed in the given instance, in order (journal of every commit).</summary>
    public List<string> Completed(Guid? instanceId = null) =>
        Store.Journal.Where(j => j.Kind == JournalEntryKind.ElementCompleted && j.ElementId is not null && (instanceId is null || j.InstanceId == instanceId))
            .Select(j => j.ElementId!).ToList();

    public List<string> Cancelled(Guid? instanceId = null) =>
        Store.Journal.Where(j => j.Kind == JournalEntryKind.ElementCancelled && j.ElementId is not null && (instanceId is null || j.InstanceId == instanceId))
            .Select(j => j.ElementId!).ToList();

    public List<string> Flows(Guid? instanceId = null) =>
        Store.Journal.Where(j => j.Kind == JournalEntryKind.FlowTaken && (instanceId is null || j.InstanceId == instanceId))
            .Select(j => j.ElementId!).ToList();

    public IEnumerable<T> EffectsOf<T>()
        where T : EngineEffect => Effects.OfType<T>();
}
