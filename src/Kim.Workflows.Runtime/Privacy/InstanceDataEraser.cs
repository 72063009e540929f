using System.Text.Json.Nodes;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kim.Workflows.Runtime.Privacy;

/// <summary>
/// Removes personal data that workflow instances of one business key (a case number) carry, once
/// they have finished: every variable of every scope in the stored state, the variables a user
/// task was completed with, the variables and inputs in outbox payloads, and the messages of their
/// incidents (a handler's error text may quote a name, an address or a partner's answer). Running instances are
/// left alone (they still need their variables; retention only concerns closed cases). What stays:
/// ids, element ids, times and the business key, which the process analysis and the access log need
/// and which say nothing about the person once the case file is anonymised. Idempotent.
/// </summary>
public sealed class InstanceDataEraser(WorkflowDbContextFactory contexts, ILogger<InstanceDataEraser> logger)
{
    /// <summary>Outbox payload properties that hold process variables (MessageThrown.Variables, JobCreated.Inputs).</summary>
    private static readonly string[] VariableProperties = ["Variables", "Inputs"];

    /// <summary>What an incident of an erased instance says instead of its original message.</summary>
    public const string ErasedIncidentMessage = "Meldung wegen Ablauf der Aufbewahrungsfrist entfernt.";

    public async Task<InstanceErasureResult> EraseAsync(string businessKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(businessKey);
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Called instances inherit the case through their root even when they carry no business key.
        var roots = await db.Instances.Where(i => i.BusinessKey == businessKey).Select(i => i.RootInstanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var instances = await db.Instances
            .Where(i => (i.BusinessKey == businessKey || roots.Contains(i.RootInstanceId)) && i.Status != InstanceStatus.Running)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = instances.Select(i => i.Id).ToList();

        var variables = 0;
        foreach (var record in instances)
        {
            var state = ProcessInstanceSerializer.Deserialize(record.StateJson);
            var removed = state.Scopes.Sum(s => s.Variables.Count);
            if (removed == 0)
            {
                continue;
            }

            foreach (var scope in state.Scopes)
            {
                scope.Variables.Clear();
            }

            state.Revision = record.Revision + 1;
            record.StateJson = ProcessInstanceSerializer.Serialize(state);
            record.Revision = state.Revision;
            variables += removed;
        }

        var tasks = await db.UserTasks.Where(t => ids.Contains(t.InstanceId) && t.CompletionVariablesJson != null && t.CompletionVariablesJson != "{}")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var task in tasks)
        {
            task.CompletionVariablesJson = "{}";
        }

        var outbox = 0;
        foreach (var row in await db.Outbox.Where(o => ids.Contains(o.InstanceId)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Strip(row.PayloadJson) is { } stripped)
            {
                row.PayloadJson = stripped;
                outbox++;
            }
        }

        var incidents = await db.Incidents.Where(i => ids.Contains(i.InstanceId) && i.Message != ErasedIncidentMessage)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var incident in incidents)
        {
            incident.Message = ErasedIncidentMessage;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var result = new InstanceErasureResult(businessKey, instances.Count, variables, tasks.Count, outbox) { IncidentMessagesCleared = incidents.Count };
        if (result.ChangedAnything)
        {
            logger.LogInformation(
                "Personenbezogene Daten der Instanzen zu {BusinessKey} entfernt: {Instances} beendete Instanzen, {Variables} Variablen, {Tasks} Aufgabenabschlüsse, {Outbox} Outbox-Einträge, {Incidents} Störungsmeldungen",
                businessKey, result.Instances, result.VariablesRemoved, result.TaskCompletionsCleared, result.OutboxPayloadsCleared, result.IncidentMessagesCleared);
        }

        return result;
    }

    /// <summary>The payload with its variable maps emptied, or null when there was nothing to remove.</summary>
    private static string? Strip(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject payload)
        {
            return null;
        }

        var changed = false;
        foreach (var name in VariableProperties)
        {
            if (payload[name] is JsonObject map && map.Count > 0)
            {
                payload[name] = new JsonObject();
                changed = true;
            }
        }

        return changed ? payload.ToJsonString() : null;
    }
}
