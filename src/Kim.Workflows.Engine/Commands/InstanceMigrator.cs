using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Commands;

/// <summary>
/// Moves a running instance to another deployed version without restarting it (elsa-core #6620 is the bug
/// to avoid): waiting tokens, scopes and subscriptions keep their ids and variables, only their element ids
/// are mapped. Boundary events are re-armed from the target version. Refuses, changing nothing, when a
/// waiting element has no counterpart of the same kind.
/// </summary>
internal static class InstanceMigrator
{
    public static Dictionary<string, string> Migrate(
        ProcessExecutor executor, ProcessInstance instance, DeployedProcess source, DeployedProcess target, IReadOnlyDictionary<string, string>? mapping)
    {
        string? Map(string id) =>
            mapping is not null && mapping.TryGetValue(id, out var mapped) ? mapped : target.Process.FindNode(id) is not null ? id : null;

        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasons = new List<string>();
        void Check(string elementId, bool isFlow = false)
        {
            if (used.ContainsKey(elementId))
            {
                return;
            }

            if (isFlow)
            {
                var flowTarget = mapping is not null && mapping.TryGetValue(elementId, out var m) ? m : elementId;
                if (target.Process.AllNodes.SelectMany(n => n.Outgoing).Any(f => f.Id == flowTarget))
                {
                    used[elementId] = flowTarget;
                }
                else
                {
                    reasons.Add($"Der Fluss '{elementId}', auf dem ein Token an einem Zusammenführungs-Gateway wartet, fehlt in Version {target.Version}.");
                }

                return;
            }

            var from = source.Process.GetNode(elementId);
            var to = Map(elementId) is { } t ? target.Process.FindNode(t) : null;
            if (to is null)
            {
                reasons.Add($"{from.Label} hat in Version {target.Version} keine Entsprechung; bitte eine Zuordnung angeben.");
            }
            else if (to.Kind != from.Kind || (to as Activity)?.MultiInstance is null != ((from as Activity)?.MultiInstance is null))
            {
                reasons.Add($"{from.Label} ist ein {from.Kind}, die Entsprechung {to.Label} aber ein {to.Kind}.");
            }
            else
            {
                used[elementId] = to.Id;
            }
        }

        foreach (var token in instance.Tokens)
        {
            Check(token.ElementId);
            if (token.State == TokenState.Joining && token.ArrivedVia is { } flow)
            {
                Check(flow, isFlow: true);
            }
        }

        foreach (var scope in instance.Scopes.Where(s => s.Kind != ScopeKind.Process))
        {
            Check(scope.ElementId);
        }

        foreach (var subscription in instance.Subscriptions.Where(s => !IsBoundary(source, s)))
        {
            Check(subscription.ElementId);
        }

        if (reasons.Count > 0)
        {
            throw new MigrationRefusedException(reasons);
        }

        // Boundary events come from the target version: drop the old ones, then arm the new ones.
        foreach (var boundary in instance.Subscriptions.Where(s => IsBoundary(source, s)).ToList())
        {
            executor.RemoveSubscription(instance, boundary, completed: false);
        }

        foreach (var token in instance.Tokens)
        {
            token.ElementId = used[token.ElementId];
            if (token.State == TokenState.Joining && token.ArrivedVia is { } flow)
            {
                token.ArrivedVia = used[flow];
            }
        }

        foreach (var scope in instance.Scopes)
        {
            scope.ElementId = scope.Kind == ScopeKind.Process ? target.Process.Id : used[scope.ElementId];
        }

        foreach (var subscription in instance.Subscriptions)
        {
            subscription.ElementId = used[subscription.ElementId];
        }

        instance.DefinitionId = target.Id;
        instance.ProcessKey = target.Key;
        foreach (var token in instance.Tokens.Where(t => t.State == TokenState.Waiting && !ProcessExecutor.IsIterationToken(instance, t)).ToList())
        {
            if (target.Process.GetNode(token.ElementId) is Activity { BoundaryEvents.Count: > 0 } host)
            {
                executor.ArmBoundaryEvents(instance, token, host);
            }
        }

        return used;
    }

    private static bool IsBoundary(DeployedProcess source, Subscription subscription) =>
        source.Process.FindNode(subscription.ElementId) is EventNode { Kind: ElementKind.BoundaryEvent };
}
