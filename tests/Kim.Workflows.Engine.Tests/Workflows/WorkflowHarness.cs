using System.Xml.Linq;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Engine.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Kim.Workflows.Engine.Tests.Workflows;

/// <summary>
/// Runs the KIM workflows from the repository's <c>workflows/</c> folder on the real engine with an
/// in-memory store and a fake clock; the test plays the host (handlers, inbox, timer scheduler, correlation).
/// </summary>
internal sealed class WorkflowHarness
{
    public static readonly IReadOnlySet<string> KnownHandlers = new HashSet<string>(StringComparer.Ordinal)
    {
        "mail-send", "casePhase", "reassessmentPlanner", "caseFileRecord", "consentCheck", "conferenceInvitations", "conferenceReminder",
        "protocolDistribution", "authorityRequest", "authorityAnswerNotice", "steeringInvitations", "steeringReminder", "steeringDecisions",
        "steeringProtocol",
    };

    public static readonly string[] Files =
    [
        "case-management-cycle.bpmn", "reassessment-reminder.bpmn", "fallkonferenz.bpmn", "abh-consultation.bpmn", "einbuergerung-consultation.bpmn",
        "lenkungsgruppe.bpmn",
    ];

    public static readonly ValidationOptions Options = new() { KnownHandlers = KnownHandlers };

    public WorkflowHarness(DateTimeOffset? start = null)
    {
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        foreach (var file in Files)
        {
            var result = Definitions.Deploy(Load(file), Options);
            Assert.True(result.Success, file + ": " + string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        }

        Engine = new WorkflowEngine(Definitions, Store, Time, new CountingIdGenerator());
    }

    public FakeTimeProvider Time { get; }

    public InMemoryDefinitionRepository Definitions { get; } = new();

    public InMemoryInstanceStore Store { get; } = new();

    public WorkflowEngine Engine { get; }

    public List<EngineEffect> Effects { get; } = [];

    public List<JournalEntry> Journal { get; } = [];

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kim.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kim.Workflows.sln not found above " + AppContext.BaseDirectory);
    }

    public static byte[] Load(string file) => File.ReadAllBytes(Path.Combine(RepositoryRoot(), "workflows", file));

    public static XDocument LoadXml(string file) => XDocument.Load(Path.Combine(RepositoryRoot(), "workflows", file));

    private CommandResult Record(CommandResult result)
    {
        Effects.AddRange(result.Effects);
        Journal.AddRange(result.Journal);
        Assert.DoesNotContain(result.Effects, e => e is IncidentRaised);
        return result;
    }

    public async Task<Guid> StartAsync(string processKey, string businessKey, Dictionary<string, object?> variables)
    {
        var result = Record(await Engine.StartAsync(processKey, businessKey, variables));
        return result.Instance!.Id;
    }

    public ProcessInstance Instance(Guid id) => Store.Find(id)!;

    /// <summary>Element ids where running instances (including called children) wait, sorted.</summary>
    public IReadOnlyList<string> WaitingAt(Guid? instanceId = null) =>
        Running(instanceId).SelectMany(i => i.Subscriptions).Select(s => s.ElementId).Distinct().Order(StringComparer.Ordinal).ToList();

    private IEnumerable<ProcessInstance> Running(Guid? instanceId) =>
        Store.All().Where(i => i.Status == InstanceStatus.Running && (instanceId is null || i.Id == instanceId || i.RootInstanceId == instanceId));

    private Subscription Find(string elementId, SubscriptionKind kind)
    {
        var matches = Store.All().Where(i => i.Status == InstanceStatus.Running)
            .SelectMany(i => i.Subscriptions).Where(s => s.ElementId == elementId && s.Kind == kind).OrderBy(s => s.CreatedAt).ThenBy(s => s.Sequence).ToList();
        Assert.True(matches.Count > 0, $"Nothing of kind {kind} waits at '{elementId}'. Waiting: {string.Join(", ", WaitingAt())}");
        return matches[0];
    }

    public int CountWaiting(string elementId) =>
        Store.All().Where(i => i.Status == InstanceStatus.Running).SelectMany(i => i.Subscriptions).Count(s => s.ElementId == elementId);

    public UserTaskCreated TaskCreated(string elementId) =>
        Effects.OfType<UserTaskCreated>().Last(t => t.ElementId == elementId);

    public async Task CompleteTaskAsync(string elementId, Dictionary<string, object?>? variables = null)
    {
        var subscription = Find(elementId, SubscriptionKind.UserTask);
        Record(await Engine.CompleteTaskAsync(subscription.Id, variables ?? []));
    }

    /// <summary>Plays the handler: returns the job's inputs and completes it with the outputs.</summary>
    public async Task<JobCreated> CompleteJobAsync(string elementId, Dictionary<string, object?>? outputs = null)
    {
        var subscription = Find(elementId, SubscriptionKind.Job);
        var job = Effects.OfType<JobCreated>().Last(j => j.JobId == subscription.Id);
        Record(await Engine.CompleteJobAsync(subscription.Id, outputs ?? []));
        return job;
    }

    public DateTimeOffset TimerDue(string elementId) => Find(elementId, SubscriptionKind.Timer).DueAt!.Value;

    /// <summary>Advances the clock to the timer's due time and fires it.</summary>
    public async Task FireTimerAsync(string elementId)
    {
        var subscription = Find(elementId, SubscriptionKind.Timer);
        if (subscription.DueAt > Time.GetUtcNow())
        {
            Time.SetUtcNow(subscription.DueAt!.Value);
        }

        var result = await Engine.FireTimerAsync(subscription.Id);
        Assert.Equal(TimerFireOutcome.Fired, result.Outcome);
        Record(result.Command!);
    }

    public async Task<CorrelationResult> CorrelateAsync(string message, string businessKey, Dictionary<string, object?>? variables = null,
        Dictionary<string, object?>? correlation = null)
    {
        var result = await Engine.CorrelateMessageAsync(message, businessKey, correlation, variables ?? []);
        Assert.True(result.Matched, result.Message);
        Record(result.Command!);
        return result;
    }

    public bool Reached(string elementId) =>
        Journal.Any(j => j.ElementId == elementId && j.Kind is JournalEntryKind.ElementStarted or JournalEntryKind.ElementCompleted);

    public void AssertEnded(Guid instanceId, string endEventId)
    {
        Assert.Equal(InstanceStatus.Completed, Instance(instanceId).Status);
        Assert.True(Reached(endEventId), $"The instance did not end at {endEventId}.");
    }
}
