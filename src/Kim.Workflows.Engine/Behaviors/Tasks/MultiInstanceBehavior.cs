using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Behaviors.Tasks;

/// <summary>
/// Multi-instance body (BPMN 2.0 §13.3.7): one scope for the body with the counters, one child scope per
/// iteration with the element variable and loopCounter; parallel starts all, sequential one after the other.
/// </summary>
public static class MultiInstanceBehavior
{
    public static void Start(ProcessExecutor executor, ProcessInstance instance, Token token, Activity activity)
    {
        var mi = activity.MultiInstance!;
        List<object?>? items = null;
        int count;
        if (mi.Collection is { } collection)
        {
            var text = collection.Contains("${", StringComparison.Ordinal) || collection.Contains("#{", StringComparison.Ordinal)
                ? collection
                : "${" + collection + "}"; // Camunda accepts a bare variable name
            items = executor.Evaluate(instance, token, text, activity.Id) switch
            {
                List<object?> list => [.. list],
                null => throw new EngineException($"Collection '{collection}' of {activity.Label} is null.", activity.Id),
                var other => throw new EngineException($"Collection '{collection}' of {activity.Label} is not a list but {VariableValues.ToJson(other)}.", activity.Id),
            };
            count = items.Count;
        }
        else
        {
            var value = executor.Evaluate(instance, token, mi.LoopCardinality!, activity.Id);
            count = value switch
            {
                long l when l >= 0 && l <= 100_000 => (int)l,
                double d when d >= 0 && d <= 100_000 && d == Math.Floor(d) => (int)d,
                string s when int.TryParse(s, out var n) && n >= 0 => n,
                _ => throw new EngineException($"loopCardinality of {activity.Label} gave {VariableValues.ToJson(value)}, not a count.", activity.Id),
            };
        }

        var body = executor.NewScope(instance, token.ScopeId, token.Id, activity.Id, ScopeKind.MultiInstanceBody);
        body.MultiInstance = new MultiInstanceState { NrOfInstances = count, Items = items };
        token.ChildScopeId = body.Id;
        token.State = TokenState.Waiting;
        if (count == 0)
        {
            CompleteBody(executor, instance, body);
            return;
        }

        var start = mi.IsSequential ? 1 : count;
        for (var i = 0; i < start; i++)
        {
            StartIteration(executor, instance, body, activity, mi);
        }

        Publish(body);
    }

    public static void IterationCompleted(ProcessExecutor executor, ProcessInstance instance, ExecutionScope iteration)
    {
        var body = instance.GetScope(iteration.ParentId!.Value);
        var state = body.MultiInstance!;
        state.NrOfActiveInstances--;
        state.NrOfCompletedInstances++;
        Publish(body);
        var activity = (Activity)executor.DefinitionOf(instance).Process.GetNode(body.ElementId);
        var mi = activity.MultiInstance!;
        var done = mi.CompletionCondition is { Length: > 0 } condition
            && executor.Evaluate(new ScopeVariableReader(instance, iteration.Id), condition, activity.Id) is true;
        instance.Scopes.Remove(iteration);
        if (done)
        {
            foreach (var other in instance.Scopes.Where(s => s.ParentId == body.Id).ToList())
            {
                executor.CancelScope(instance, other.Id); // cut off by the completion condition: cancelled, not completed
            }

            CompleteBody(executor, instance, body);
        }
        else if (mi.IsSequential && state.NextIndex < state.NrOfInstances)
        {
            StartIteration(executor, instance, body, activity, mi);
            Publish(body);
        }
        else if (state.NrOfActiveInstances == 0)
        {
            CompleteBody(executor, instance, body);
        }
    }

    private static void StartIteration(ProcessExecutor executor, ProcessInstance instance, ExecutionScope body, Activity activity, MultiInstanceDefinition mi)
    {
        var state = body.MultiInstance!;
        var index = state.NextIndex++;
        var iteration = executor.NewScope(instance, body.Id, null, activity.Id, ScopeKind.MultiInstanceIteration);
        iteration.Variables["loopCounter"] = (long)index;
        if (mi.ElementVariable is { Length: > 0 } name)
        {
            iteration.Variables[name] = state.Items is { } items ? items[index] : null;
        }

        state.NrOfActiveInstances++;
        executor.Enter(instance, executor.NewToken(instance, iteration.Id, activity.Id));
    }

    /// <summary>The counters are local variables of the body, visible to expressions inside it.</summary>
    private static void Publish(ExecutionScope body)
    {
        var state = body.MultiInstance!;
        body.Variables["nrOfInstances"] = (long)state.NrOfInstances;
        body.Variables["nrOfActiveInstances"] = (long)state.NrOfActiveInstances;
        body.Variables["nrOfCompletedInstances"] = (long)state.NrOfCompletedInstances;
    }

    private static void CompleteBody(ProcessExecutor executor, ProcessInstance instance, ExecutionScope body)
    {
        var owner = instance.FindToken(body.OwnerTokenId!.Value) ?? throw new EngineException("Multi-instance owner is missing.", body.ElementId);
        instance.Scopes.Remove(body);
        owner.ChildScopeId = null;
        executor.Leave(instance, owner);
    }
}
