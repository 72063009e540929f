using System.Text.Json;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>
/// Keeps the query tables in step with one commit: subscriptions, timers and incidents follow the
/// instance state; user tasks follow the task effects (their resolved assignee, groups and dates exist
/// only there). Runs inside the store's transaction.
/// </summary>
internal sealed class ProjectionWriter(WorkflowDbContext db, CommitBatch batch, IDefinitionProvider? definitions = null)
{
    private readonly HashSet<Guid> _cancelledTimers = batch.Effects.OfType<TimerCancelled>().Select(t => t.TimerId).ToHashSet();

    public async Task WriteAsync(ProcessInstance instance, CancellationToken cancellationToken)
    {
        await WriteSubscriptionsAsync(instance, cancellationToken).ConfigureAwait(false);
        await WriteTimersAsync(instance, cancellationToken).ConfigureAwait(false);
        await WriteIncidentsAsync(instance, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteSubscriptionsAsync(ProcessInstance instance, CancellationToken cancellationToken)
    {
        var isNew = batch.LoadedRevisions.GetValueOrDefault(instance.Id) == 0;
        if (!isNew)
        {
            await db.Subscriptions.Where(s => s.InstanceId == instance.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (instance.Status != InstanceStatus.Running)
        {
            return;
        }

        foreach (var s in instance.Subscriptions)
        {
            db.Subscriptions.Add(new SubscriptionRecord
            {
                Id = s.Id,
                InstanceId = instance.Id,
                Kind = s.Kind,
                ElementId = s.ElementId,
                EventName = s.EventName,
                BusinessKey = instance.BusinessKey,
                CreatedAt = s.CreatedAt,
            });
        }
    }

    private async Task WriteTimersAsync(ProcessInstance instance, CancellationToken cancellationToken)
    {
        var current = instance.Subscriptions.Where(s => s.Kind == SubscriptionKind.Timer && instance.Status == InstanceStatus.Running)
            .ToDictionary(s => s.Id);
        var pending = batch.LoadedRevisions.GetValueOrDefault(instance.Id) == 0
            ? []
            : await db.Timers.Where(t => t.InstanceId == instance.Id && t.Status == TimerStatus.Pending).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in pending)
        {
            if (current.Remove(row.Id, out var live))
            {
                row.DueAt = live.DueAt!.Value;
                row.FiredCount = live.FiredCount;
                row.ElementId = live.ElementId; // mapped by a migration
                continue;
            }

            // Gone from the state: cancelled when the engine said so, otherwise it fired.
            row.EndedAt = batch.At;
            if (_cancelledTimers.Contains(row.Id))
            {
                row.Status = TimerStatus.Cancelled;
            }
            else
            {
                row.Status = TimerStatus.Fired;
                row.FiredCount++;
            }
        }

        foreach (var s in current.Values)
        {
            db.Timers.Add(new TimerRecord
            {
                Id = s.Id,
                InstanceId = instance.Id,
                ElementId = s.ElementId,
                DueAt = s.DueAt!.Value,
                Status = TimerStatus.Pending,
                FiredCount = s.FiredCount,
                CreatedAt = s.CreatedAt,
            });
        }
    }

    private async Task WriteIncidentsAsync(ProcessInstance instance, CancellationToken cancellationToken)
    {
        var current = instance.Incidents.ToDictionary(i => i.Id);
        var open = batch.LoadedRevisions.GetValueOrDefault(instance.Id) == 0
            ? []
            : await db.Incidents.Where(i => i.InstanceId == instance.Id && i.ResolvedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in open)
        {
            if (!current.Remove(row.Id))
            {
                row.ResolvedAt = batch.At;
            }
        }

        foreach (var i in current.Values)
        {
            db.Incidents.Add(new IncidentRecord
            {
                Id = i.Id,
                InstanceId = instance.Id,
                SubscriptionId = i.SubscriptionId,
                ElementId = i.ElementId,
                Message = i.Message,
                CreatedAt = i.CreatedAt,
            });
        }
    }

    /// <summary>Task rows from the effects, in order (a task may be created and ended in one commit).</summary>
    public async Task WriteUserTasksAsync(CancellationToken cancellationToken)
    {
        var created = new Dictionary<Guid, UserTaskRecord>();
        foreach (var effect in batch.Effects)
        {
            switch (effect)
            {
                case UserTaskCreated c:
                    var row = NewTask(c);
                    created[c.TaskId] = row;
                    db.UserTasks.Add(row);
                    break;
                case UserTaskEnded e:
                    var task = created.GetValueOrDefault(e.TaskId)
                        ?? await db.UserTasks.FirstOrDefaultAsync(t => t.Id == e.TaskId, cancellationToken).ConfigureAwait(false);
                    if (task is not null)
                    {
                        End(task, e.Completed);
                    }

                    break;
                case InstanceMigrated m:
                    await MigrateUserTasksAsync(m, created, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>
    /// A migrated instance keeps its open tasks (same ids, same rows); their element ids follow the mapping and
    /// their names and process key come from the target version.
    /// </summary>
    private async Task MigrateUserTasksAsync(InstanceMigrated migrated, Dictionary<Guid, UserTaskRecord> created, CancellationToken cancellationToken)
    {
        var target = definitions?.Get(migrated.ToDefinitionId);
        var open = await db.UserTasks.Where(t => t.InstanceId == migrated.InstanceId && t.State == UserTaskState.Open)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var task in open.Concat(created.Values.Where(t => t.InstanceId == migrated.InstanceId && t.State == UserTaskState.Open)))
        {
            if (!migrated.ElementMapping.TryGetValue(task.ElementId, out var elementId))
            {
                continue;
            }

            task.ElementId = elementId;
            if (target is not null)
            {
                task.Name = target.Process.FindNode(elementId)?.Name;
                task.ProcessKey = target.Key;
            }
        }
    }

    private UserTaskRecord NewTask(UserTaskCreated c)
    {
        var row = new UserTaskRecord
        {
            Id = c.TaskId,
            InstanceId = c.InstanceId,
            ElementId = c.ElementId,
            Name = c.Name,
            ProcessKey = c.ProcessKey,
            BusinessKey = c.BusinessKey,
            Assignee = c.Task.Assignee,
            DueAt = c.Task.DueDate,
            FollowUpAt = c.Task.FollowUpDate,
            Priority = c.Task.Priority,
            FormKey = c.Task.FormKey,
            FormFieldsJson = Queries.FormFieldJson.Serialize(c.Task.FormFields),
            CreatedAt = c.CreatedAt,
            CreatedBy = batch.Command.UserId,
            State = UserTaskState.Open,
        };
        foreach (var group in c.Task.CandidateGroups.Distinct(StringComparer.Ordinal))
        {
            row.Candidates.Add(new UserTaskCandidateRecord { TaskId = c.TaskId, Kind = CandidateKind.Group, Value = group });
        }

        foreach (var user in c.Task.CandidateUsers.Distinct(StringComparer.Ordinal))
        {
            row.Candidates.Add(new UserTaskCandidateRecord { TaskId = c.TaskId, Kind = CandidateKind.User, Value = user });
        }

        return row;
    }

    private void End(UserTaskRecord task, bool completed)
    {
        task.State = completed ? UserTaskState.Completed : UserTaskState.Cancelled;
        task.CompletedAt = batch.At;
        if (completed)
        {
            task.CompletedBy = batch.Command.UserId;
            task.CompletionVariablesJson = VariableJson.ToJson(CommandAnnotations.CompletionVariables);
        }
    }
}
