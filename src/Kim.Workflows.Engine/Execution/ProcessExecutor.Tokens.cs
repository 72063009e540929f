using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Execution.Journal;

namespace Kim.Workflows.Engine.Execution;

/// <summary>Token and scope life cycle: create, end, cancel, and what happens when a scope runs empty.</summary>
public sealed partial class ProcessExecutor
{
    public Token NewToken(ProcessInstance instance, Guid scopeId, string elementId)
    {
        var token = new Token
        {
            Id = Ids.NewId(),
            ScopeId = scopeId,
            ElementId = elementId,
            State = TokenState.Active,
            Sequence = instance.NextSequence++,
        };
        instance.Tokens.Add(token);
        return token;
    }

    public ExecutionScope NewScope(ProcessInstance instance, Guid? parentId, Guid? ownerTokenId, string elementId, ScopeKind kind)
    {
        var scope = new ExecutionScope { Id = Ids.NewId(), ParentId = parentId, OwnerTokenId = ownerTokenId, ElementId = elementId, Kind = kind };
        instance.Scopes.Add(scope);
        return scope;
    }

    /// <summary>True for a token that runs one iteration of a multi-instance activity.</summary>
    public static bool IsIterationToken(ProcessInstance instance, Token token)
    {
        var scope = instance.FindScope(token.ScopeId);
        return scope is { Kind: ScopeKind.MultiInstanceIteration } && scope.ElementId == token.ElementId;
    }

    /// <summary>The token is consumed (end event, no outgoing flow); its scope may now be complete.</summary>
    public void EndToken(ProcessInstance instance, Token token)
    {
        RemoveSubscriptions(instance, token, completed: true);
        instance.Tokens.Remove(token);
        CompleteScopeIfEmpty(instance, token.ScopeId);
    }

    /// <summary>Removes a token without completing it, with everything it owns (Camunda: cancel activity instance).</summary>
    public void CancelToken(ProcessInstance instance, Token token)
    {
        if (token.ChildScopeId is { } childScope)
        {
            CancelScope(instance, childScope);
            token.ChildScopeId = null;
        }

        if (token.CalledInstanceId is { } calledId && FindInstance(calledId) is { } called)
        {
            CancelInstanceTree(called, JournalEntryKind.InstanceCancelled);
        }

        RemoveSubscriptions(instance, token, completed: false);
        Record(instance, JournalEntryKind.ElementCancelled, token.ElementId);
        instance.Tokens.Remove(token);
    }

    /// <summary>Cancels every token in a scope and its nested scopes, then removes the scopes.</summary>
    public void CancelScope(ProcessInstance instance, Guid scopeId)
    {
        foreach (var token in instance.Tokens.Where(t => t.ScopeId == scopeId).ToList())
        {
            if (instance.FindToken(token.Id) is not null)
            {
                CancelToken(instance, token);
            }
        }

        foreach (var child in instance.Scopes.Where(s => s.ParentId == scopeId).ToList())
        {
            CancelScope(instance, child.Id);
        }

        instance.Scopes.RemoveAll(s => s.Id == scopeId);
    }

    /// <summary>Ends an instance and its called children without completing them (cancel, or the caller was cancelled).</summary>
    public void CancelInstanceTree(ProcessInstance instance, JournalEntryKind kind)
    {
        foreach (var token in instance.Tokens.ToList())
        {
            if (instance.FindToken(token.Id) is not null)
            {
                CancelToken(instance, token);
            }
        }

        instance.Scopes.RemoveAll(s => s.Kind != ScopeKind.Process);
        instance.Status = InstanceStatus.Cancelled;
        instance.EndedAt = Now;
        Record(instance, kind, null);
        Emit(new InstanceEnded(instance.Id, instance.Status));
    }

    private void CompleteScopeIfEmpty(ProcessInstance instance, Guid scopeId)
    {
        foreach (var t in instance.Tokens)
        {
            if (t.ScopeId == scopeId)
            {
                return;
            }
        }

        var scope = instance.FindScope(scopeId);
        if (scope is null)
        {
            return;
        }

        switch (scope.Kind)
        {
            case ScopeKind.Process:
                CompleteInstance(instance);
                break;
            case ScopeKind.SubProcess:
                var owner = instance.FindToken(scope.OwnerTokenId!.Value) ?? throw new EngineException("Sub-process owner is missing.", scope.ElementId);
                instance.Scopes.Remove(scope);
                owner.ChildScopeId = null;
                Leave(instance, owner);
                break;
            case ScopeKind.MultiInstanceIteration:
                Behaviors.Tasks.MultiInstanceBehavior.IterationCompleted(this, instance, scope);
                break;
        }
    }

    private void CompleteInstance(ProcessInstance instance)
    {
        if (instance.Status != InstanceStatus.Running)
        {
            return;
        }

        instance.Scopes.RemoveAll(s => s.Kind != ScopeKind.Process);
        instance.Status = InstanceStatus.Completed;
        instance.EndedAt = Now;
        Record(instance, JournalEntryKind.InstanceCompleted, null);
        Emit(new InstanceEnded(instance.Id, instance.Status));
        if (instance.ParentInstanceId is { } parentId && FindInstance(parentId) is { } parent
            && parent.FindToken(instance.ParentTokenId!.Value) is { } callerToken)
        {
            Behaviors.Tasks.CallActivityBehavior.CalledInstanceCompleted(this, parent, callerToken, instance);
        }
    }

    /// <summary>Terminate end event: ends every other token of the scope, which then completes normally.</summary>
    public void Terminate(ProcessInstance instance, Token token)
    {
        foreach (var other in instance.Tokens.Where(t => t.ScopeId == token.ScopeId && t.Id != token.Id).ToList())
        {
            if (instance.FindToken(other.Id) is not null)
            {
                CancelToken(instance, other);
            }
        }

        EndToken(instance, token);
    }
}
