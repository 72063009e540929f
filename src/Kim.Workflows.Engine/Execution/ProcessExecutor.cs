using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Execution;

/// <summary>
/// Runs one command against a tree of instances (a process and the instances it called): drains an
/// agenda of atomic operations in a loop (never recursion), collects journal entries and effects.
/// Not thread-safe; one executor per command.
/// </summary>
public sealed partial class ProcessExecutor
{
    private readonly Queue<AgendaItem> _agenda = new();
    private readonly Dictionary<Guid, ProcessInstance> _instances = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<EngineEffect> _effects = [];
    private readonly List<string> _pendingSignals = [];
    private int _operations;
    private DateTimeOffset? _now;
    private DeployedProcess? _lastDefinition;

    public ProcessExecutor(IDefinitionProvider definitions, TimeProvider time, IIdGenerator ids, ExecutorOptions? options = null)
    {
        Definitions = definitions;
        Time = time;
        Ids = ids;
        Options = options ?? ExecutorOptions.Default;
    }

    public IDefinitionProvider Definitions { get; }

    public TimeProvider Time { get; }

    public IIdGenerator Ids { get; }

    public ExecutorOptions Options { get; }

    /// <summary>
    /// The command's instant, read once: a command is one transaction, so its journal entries, task dates
    /// and timer due times all refer to the same moment (and reading the clock per step was a third of the cost).
    /// </summary>
    public DateTimeOffset Now => _now ??= Time.GetUtcNow();

    public IReadOnlyList<JournalEntry> Journal => _journal;

    public IReadOnlyList<EngineEffect> Effects => _effects;

    /// <summary>Every instance this command loaded or created.</summary>
    public IReadOnlyCollection<ProcessInstance> Instances => _instances.Values;

    /// <summary>Makes an instance (and so its tree) known to this command.</summary>
    public void Attach(ProcessInstance instance) => _instances[instance.Id] = instance;

    public ProcessInstance? FindInstance(Guid id) => _instances.GetValueOrDefault(id);

    /// <summary>
    /// The deployed definition of an instance. A deployed version never changes, so the last one looked up is
    /// kept for the rest of the command: every agenda operation asks, and the provider takes a lock (or, in a
    /// durable store, more) per call.
    /// </summary>
    public DeployedProcess DefinitionOf(ProcessInstance instance)
    {
        var last = _lastDefinition;
        if (last is not null && string.Equals(last.Id, instance.DefinitionId, StringComparison.Ordinal))
        {
            return last;
        }

        return _lastDefinition = Definitions.Get(instance.DefinitionId);
    }

    public FlowNode NodeOf(ProcessInstance instance, Token token) => DefinitionOf(instance).Process.GetNode(token.ElementId);

    public void Record(ProcessInstance instance, JournalEntryKind kind, string? elementId, string? detail = null) =>
        _journal.Add(new JournalEntry(instance.Id, kind, elementId, Now, detail));

    public void Emit(EngineEffect effect) => _effects.Add(effect);

    /// <summary>Queues a token to enter the node it stands on.</summary>
    public void Enter(ProcessInstance instance, Token token)
    {
        token.State = TokenState.Active;
        _agenda.Enqueue(new AgendaItem(AgendaOperation.Enter, instance, token));
    }

    /// <summary>Queues a token to complete the node it stands on and leave by its outgoing flows.</summary>
    public void Leave(ProcessInstance instance, Token token)
    {
        token.State = TokenState.Active;
        _agenda.Enqueue(new AgendaItem(AgendaOperation.Leave, instance, token));
    }

    /// <summary>Runs until every token waits or is gone, then settles inclusive joins and signals.</summary>
    public void RunToRest()
    {
        while (true)
        {
            while (_agenda.TryDequeue(out var item))
            {
                if (++_operations > Options.MaxOperationsPerCommand)
                {
                    throw new EngineException(
                        $"Der Prozess hat mehr als {Options.MaxOperationsPerCommand} Schritte ohne Wartezustand ausgeführt (Endlosschleife?).",
                        item.Token.ElementId);
                }

                if (item.Instance.FindToken(item.Token.Id) is null)
                {
                    continue; // cancelled meanwhile (boundary event, terminate)
                }

                if (item.Operation == AgendaOperation.Enter)
                {
                    DoEnter(item.Instance, item.Token);
                }
                else
                {
                    DoLeave(item.Instance, item.Token);
                }
            }

            if (!SettleInclusiveJoins() && !DeliverPendingSignals())
            {
                return;
            }
        }
    }

    private void DoEnter(ProcessInstance instance, Token token)
    {
        var node = NodeOf(instance, token);
        var iteration = IsIterationToken(instance, token);
        if (!iteration)
        {
            Record(instance, JournalEntryKind.ElementStarted, node.Id);
        }

        if (node is Activity { MultiInstance: not null } activity && !iteration)
        {
            Behaviors.Tasks.MultiInstanceBehavior.Start(this, instance, token, activity);
        }
        else
        {
            if (node is Activity { InputOutput.Inputs.Count: > 0 } withIo)
            {
                OpenLocalScope(instance, token, withIo);
            }

            node.Behavior.Execute(this, instance, token);
        }

        if (node is Activity { BoundaryEvents.Count: > 0 } host && !iteration
            && token.State == TokenState.Waiting && instance.FindToken(token.Id) is not null)
        {
            ArmBoundaryEvents(instance, token, host);
        }
    }

    private void DoLeave(ProcessInstance instance, Token token)
    {
        var node = NodeOf(instance, token);
        RemoveSubscriptions(instance, token, completed: true);
        if (node is Activity { InputOutput: not null } withIo)
        {
            CloseLocalScope(instance, token, withIo);
        }

        if (IsIterationToken(instance, token))
        {
            EndToken(instance, token); // the body counts the iteration; the activity completes once
            return;
        }

        Record(instance, JournalEntryKind.ElementCompleted, node.Id);
        var flows = node switch
        {
            Gateway => throw new EngineException("Gateways choose their flows themselves.", node.Id),
            _ => FlowSelector.ForActivityOrEvent(this, instance, token, node),
        };
        TakeFlows(instance, token, flows);
    }

    /// <summary>Moves the token along the first flow and forks new tokens for the others; ends it when there is none.</summary>
    public void TakeFlows(ProcessInstance instance, Token token, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            EndToken(instance, token);
            return;
        }

        for (var i = 1; i < flows.Count; i++)
        {
            var fork = NewToken(instance, token.ScopeId, token.ElementId);
            TakeFlow(instance, fork, flows[i]);
        }

        TakeFlow(instance, token, flows[0]);
    }

    public void TakeFlow(ProcessInstance instance, Token token, SequenceFlow flow)
    {
        Record(instance, JournalEntryKind.FlowTaken, flow.Id);
        token.ElementId = flow.Target.Id;
        token.ArrivedVia = flow.Id;
        Enter(instance, token);
    }
}
