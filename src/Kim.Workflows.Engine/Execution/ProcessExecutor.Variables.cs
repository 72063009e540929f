using Kim.Workflows.Engine.Execution.Journal;
using Kim.Workflows.Engine.Expressions;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Variables and expressions seen from a token.</summary>
public sealed partial class ProcessExecutor
{
    /// <summary>The innermost scope a token sees: its activity-local scope if it has one.</summary>
    public static Guid ScopeIdOf(ProcessInstance instance, Token token) =>
        token.ChildScopeId is { } child && instance.FindScope(child) is { Kind: ScopeKind.ActivityLocal } ? child : token.ScopeId;

    public IVariableReader ReaderFor(ProcessInstance instance, Token token) => new ScopeVariableReader(instance, ScopeIdOf(instance, token));

    public object? Evaluate(ProcessInstance instance, Token token, string text, string elementId) =>
        Evaluate(ReaderFor(instance, token), text, elementId);

    public object? Evaluate(IVariableReader reader, string text, string elementId)
    {
        try
        {
            return CompiledExpression.Compile(text).Evaluate(reader, Options.ExpressionLimits, Time);
        }
        catch (ExpressionException e)
        {
            throw new EngineException($"Expression '{text}' failed: {e.Message}", elementId, e);
        }
    }

    /// <summary>Evaluates to text (dates in ISO 8601), for timers, assignees and the like.</summary>
    public string EvaluateText(ProcessInstance instance, Token token, string text, string elementId) =>
        Evaluate(instance, token, text, elementId) switch
        {
            null => "",
            DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        };

    public bool EvaluateCondition(ProcessInstance instance, Token token, SequenceFlow flow) =>
        Evaluate(instance, token, flow.Condition!, flow.Id) switch
        {
            bool b => b,
            var other => throw new EngineException(
                $"Die Bedingung „{flow.Condition}“ des Wegs „{flow.Id}“ ergab {VariableValues.ToJson(other)} statt wahr oder falsch.", flow.Id),
        };

    /// <summary>
    /// Camunda's setVariable rule: the nearest enclosing scope that already has the variable,
    /// otherwise the root scope of the instance.
    /// </summary>
    public void SetVariable(ProcessInstance instance, Guid scopeId, string name, object? value)
    {
        value = VariableValues.Normalize(value);
        CheckVariable(name, value);
        for (var scope = instance.FindScope(scopeId); scope is not null; scope = scope.ParentId is { } p ? instance.FindScope(p) : null)
        {
            if (scope.Variables.ContainsKey(name))
            {
                scope.Variables[name] = value;
                return;
            }
        }

        instance.RootScope.Variables[name] = value;
    }

    public void SetVariables(ProcessInstance instance, Token token, IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || variables.Count == 0)
        {
            return;
        }

        var scopeId = ScopeIdOf(instance, token);
        foreach (var (name, value) in variables)
        {
            SetVariable(instance, scopeId, name, value);
        }

        Record(instance, JournalEntryKind.VariablesChanged, token.ElementId, string.Join(",", variables.Keys));
    }

    /// <summary>Every variable the token can see, nearest scope winning (for handlers and call activities).</summary>
    public Dictionary<string, object?> VisibleVariables(ProcessInstance instance, Guid scopeId)
    {
        var chain = new List<ExecutionScope>();
        for (var scope = instance.FindScope(scopeId); scope is not null; scope = scope.ParentId is { } p ? instance.FindScope(p) : null)
        {
            chain.Add(scope);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (k, v) in chain[i].Variables)
            {
                result[k] = v;
            }
        }

        return result;
    }

    /// <summary>Evaluates one <c>camunda:inputParameter</c>/<c>outputParameter</c> value.</summary>
    public object? EvaluateParameter(IVariableReader reader, IoParameter parameter, string elementId)
    {
        if (parameter.List is { } list)
        {
            return list.Select(item => Evaluate(reader, item, elementId)).ToList();
        }

        if (parameter.Map is { } map)
        {
            return map.ToDictionary(kv => kv.Key, kv => Evaluate(reader, kv.Value, elementId), StringComparer.Ordinal);
        }

        return parameter.Text is null ? null : Evaluate(reader, parameter.Text, elementId);
    }

    private void OpenLocalScope(ProcessInstance instance, Token token, Activity activity)
    {
        if (activity is not TaskActivity)
        {
            return; // sub-processes put their inputs into their own scope
        }

        var reader = new ScopeVariableReader(instance, token.ScopeId);
        var scope = NewScope(instance, token.ScopeId, token.Id, activity.Id, ScopeKind.ActivityLocal);
        foreach (var input in activity.InputOutput!.Inputs)
        {
            scope.Variables[input.Name] = VariableValues.Normalize(EvaluateParameter(reader, input, activity.Id));
        }

        token.ChildScopeId = scope.Id;
    }

    private void CloseLocalScope(ProcessInstance instance, Token token, Activity activity)
    {
        if (activity is not TaskActivity)
        {
            return;
        }

        var reader = ReaderFor(instance, token);
        var outputs = activity.InputOutput!.Outputs
            .Select(o => (o.Name, Value: EvaluateParameter(reader, o, activity.Id)))
            .ToList();
        if (token.ChildScopeId is { } local && instance.FindScope(local) is { Kind: ScopeKind.ActivityLocal })
        {
            instance.Scopes.RemoveAll(s => s.Id == local);
            token.ChildScopeId = null;
        }

        foreach (var (name, value) in outputs)
        {
            SetVariable(instance, token.ScopeId, name, value);
        }
    }
}
