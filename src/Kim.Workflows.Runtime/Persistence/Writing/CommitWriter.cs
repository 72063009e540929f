using System.Data.Common;
using Kim.Workflows.Engine.Commands;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Execution.Effects;
using Kim.Workflows.Engine.Persistence;
using Kim.Workflows.Runtime.Outbox;
using Kim.Workflows.Runtime.Persistence.Entities;

namespace Kim.Workflows.Runtime.Persistence.Writing;

/// <summary>
/// Writes one command inside the group's transaction with prepared statements: each instance where its stored
/// revision is still the loaded one (else <see cref="ConcurrencyConflictException"/>), then the query tables
/// (subscriptions, timers and incidents follow the instance state; user tasks follow the task effects, whose resolved
/// assignee, groups and dates exist only there), the outbox rows of effects that leave the process, and the journal.
/// Statements that would change nothing are not run, so they write no pages (every page costs at commit).
/// </summary>
internal sealed class CommitWriter(StatementCache statements, IDefinitionProvider? definitions, OutboxRouting? routing)
{
    // A command's journal rows in as few statements as possible: within one statement SQLite appends each further row
    // beside the last one instead of descending both B-trees again. Statements are bound by position (no name lookup
    // per parameter), so a statement of 16 rows costs no more per row than one of 4; one prepared statement per size.
    private const int JournalRowsPerStatement = 16;

    private static readonly string[] JournalColumns =
    [
        nameof(JournalRecord.InstanceId), nameof(JournalRecord.Kind), nameof(JournalRecord.ElementId), nameof(JournalRecord.At),
        nameof(JournalRecord.Detail), nameof(JournalRecord.Command), nameof(JournalRecord.UserId),
    ];

    public async Task<CommitOutcome> WriteAsync(PendingCommit commit, DbTransaction transaction)
    {
        var batch = commit.Batch;
        var revisions = new Dictionary<Guid, long>(batch.Instances.Count);
        foreach (var instance in batch.Instances)
        {
            var loaded = batch.LoadedRevisions.GetValueOrDefault(instance.Id);
            revisions[instance.Id] = await WriteInstanceAsync(transaction, instance, loaded, commit.StateJson[instance.Id]).ConfigureAwait(false);
        }

        var cancelledTimers = batch.Effects.OfType<TimerCancelled>().Select(t => t.TimerId).ToHashSet();
        foreach (var instance in batch.Instances)
        {
            var isNew = batch.LoadedRevisions.GetValueOrDefault(instance.Id) == 0;
            await WriteSubscriptionsAsync(transaction, instance, isNew).ConfigureAwait(false);
            await WriteTimersAsync(transaction, instance, isNew, cancelledTimers, batch.At).ConfigureAwait(false);
            await WriteIncidentsAsync(transaction, instance, isNew, batch.At).ConfigureAwait(false);
        }

        await WriteUserTasksAsync(transaction, commit).ConfigureAwait(false);
        var owned = await WriteOutboxAsync(transaction, commit, revisions).ConfigureAwait(false);
        await WriteJournalAsync(transaction, batch).ConfigureAwait(false);
        return new CommitOutcome(revisions, owned);
    }

    private async Task<long> WriteInstanceAsync(DbTransaction transaction, ProcessInstance instance, long loaded, string json)
    {
        var revision = loaded + 1;
        if (loaded == 0)
        {
            await statements.InsertAsync(transaction, new InstanceRecord
            {
                Id = instance.Id,
                RootInstanceId = instance.RootInstanceId,
                ParentInstanceId = instance.ParentInstanceId,
                DefinitionId = instance.DefinitionId,
                ProcessKey = instance.ProcessKey,
                BusinessKey = instance.BusinessKey,
                Status = instance.Status,
                StartedAt = instance.StartedAt,
                EndedAt = instance.EndedAt,
                StateJson = json,
                Revision = revision,
            }).ConfigureAwait(false);
            return revision;
        }

        var updated = await statements.Get("instance.update", b =>
                $"UPDATE {b.Table<InstanceRecord>()} SET {b.Column<InstanceRecord>("StateJson")} = {b.Parameter<InstanceRecord>("StateJson")}, "
                + $"{b.Column<InstanceRecord>("Revision")} = {b.Parameter<InstanceRecord>("Revision")}, {b.Column<InstanceRecord>("Status")} = {b.Parameter<InstanceRecord>("Status")}, "
                + $"{b.Column<InstanceRecord>("EndedAt")} = {b.Parameter<InstanceRecord>("EndedAt")}, {b.Column<InstanceRecord>("BusinessKey")} = {b.Parameter<InstanceRecord>("BusinessKey")}, "
                + $"{b.Column<InstanceRecord>("DefinitionId")} = {b.Parameter<InstanceRecord>("DefinitionId")}, {b.Column<InstanceRecord>("ProcessKey")} = {b.Parameter<InstanceRecord>("ProcessKey")} "
                + $"WHERE {b.Column<InstanceRecord>("Id")} = {b.Parameter<InstanceRecord>("Id")} AND {b.Column<InstanceRecord>("Revision")} = {b.Parameter<InstanceRecord>("Revision")}")
            .Bind(transaction, json, revision, instance.Status, instance.EndedAt, instance.BusinessKey, instance.DefinitionId, instance.ProcessKey, instance.Id, loaded)
            .ExecuteAsync().ConfigureAwait(false);
        if (updated == 0)
        {
            throw new ConcurrencyConflictException(
                $"Die Instanz {instance.Id} wurde zwischenzeitlich geändert (erwartete Revision {loaded}); bitte neu laden und erneut versuchen.");
        }

        return revision;
    }

    private async Task WriteSubscriptionsAsync(DbTransaction transaction, ProcessInstance instance, bool isNew)
    {
        if (!isNew)
        {
            await statements.Get("subscriptions.delete", b =>
                    $"DELETE FROM {b.Table<SubscriptionRecord>()} WHERE {b.Column<SubscriptionRecord>("InstanceId")} = {b.Parameter<SubscriptionRecord>("InstanceId")}")
                .Bind(transaction, instance.Id).ExecuteAsync().ConfigureAwait(false);
        }

        if (instance.Status != InstanceStatus.Running)
        {
            return;
        }

        foreach (var s in instance.Subscriptions)
        {
            if (s.Kind == SubscriptionKind.UserTask)
            {
                continue; // user_tasks is their table (same id, element and state); a second row would cost four more index writes
            }

            await statements.InsertAsync(transaction, new SubscriptionRecord
            {
                Id = s.Id,
                InstanceId = instance.Id,
                Kind = s.Kind,
                ElementId = s.ElementId,
                EventName = s.EventName,
                BusinessKey = instance.BusinessKey,
                CreatedAt = s.CreatedAt,
            }).ConfigureAwait(false);
        }
    }

    private async Task WriteTimersAsync(DbTransaction transaction, ProcessInstance instance, bool isNew, HashSet<Guid> cancelled, DateTimeOffset at)
    {
        var live = instance.Subscriptions.Where(s => s.Kind == SubscriptionKind.Timer && instance.Status == InstanceStatus.Running)
            .ToDictionary(s => s.Id);
        var pending = isNew ? [] : await ReadIdsAsync(statements.Get("timers.pending", b =>
                $"SELECT {b.Column<TimerRecord>("Id")} FROM {b.Table<TimerRecord>()} WHERE {b.Column<TimerRecord>("InstanceId")} = {b.Parameter<TimerRecord>("InstanceId")} "
                + $"AND {b.Column<TimerRecord>("Status")} = {b.Parameter<TimerRecord>("Status")}")
            .Bind(transaction, instance.Id, TimerStatus.Pending)).ConfigureAwait(false);
        foreach (var id in pending)
        {
            if (live.Remove(id, out var timer))
            {
                // Still waiting: due instant and count follow the state (a cycle, a migration); unchanged rows stay untouched.
                await statements.Get("timers.update", b =>
                        $"UPDATE {b.Table<TimerRecord>()} SET {b.Column<TimerRecord>("DueAt")} = {b.Parameter<TimerRecord>("DueAt")}, "
                        + $"{b.Column<TimerRecord>("FiredCount")} = {b.Parameter<TimerRecord>("FiredCount")}, {b.Column<TimerRecord>("ElementId")} = {b.Parameter<TimerRecord>("ElementId")} "
                        + $"WHERE {b.Column<TimerRecord>("Id")} = {b.Parameter<TimerRecord>("Id")} AND NOT ({b.Column<TimerRecord>("DueAt")} = {b.Parameter<TimerRecord>("DueAt")} "
                        + $"AND {b.Column<TimerRecord>("FiredCount")} = {b.Parameter<TimerRecord>("FiredCount")} AND {b.Column<TimerRecord>("ElementId")} = {b.Parameter<TimerRecord>("ElementId")})")
                    .Bind(transaction, timer.DueAt!.Value, timer.FiredCount, timer.ElementId, id, timer.DueAt!.Value, timer.FiredCount, timer.ElementId)
                    .ExecuteAsync().ConfigureAwait(false);
                continue;
            }

            // Gone from the state: cancelled when the engine said so, otherwise it fired.
            var fired = !cancelled.Contains(id);
            await statements.Get("timers.end", b =>
                    $"UPDATE {b.Table<TimerRecord>()} SET {b.Column<TimerRecord>("EndedAt")} = {b.Parameter<TimerRecord>("EndedAt")}, "
                    + $"{b.Column<TimerRecord>("Status")} = {b.Parameter<TimerRecord>("Status")}, {b.Column<TimerRecord>("FiredCount")} = {b.Column<TimerRecord>("FiredCount")} + {b.Parameter<TimerRecord>("FiredCount")} "
                    + $"WHERE {b.Column<TimerRecord>("Id")} = {b.Parameter<TimerRecord>("Id")}")
                .Bind(transaction, at, fired ? TimerStatus.Fired : TimerStatus.Cancelled, fired ? 1 : 0, id)
                .ExecuteAsync().ConfigureAwait(false);
        }

        foreach (var s in live.Values)
        {
            await statements.InsertAsync(transaction, new TimerRecord
            {
                Id = s.Id,
                InstanceId = instance.Id,
                ElementId = s.ElementId,
                DueAt = s.DueAt!.Value,
                Status = TimerStatus.Pending,
                FiredCount = s.FiredCount,
                CreatedAt = s.CreatedAt,
            }).ConfigureAwait(false);
        }
    }

    private async Task WriteIncidentsAsync(DbTransaction transaction, ProcessInstance instance, bool isNew, DateTimeOffset at)
    {
        var current = instance.Incidents.ToDictionary(i => i.Id);
        var open = isNew ? [] : await ReadIdsAsync(statements.Get("incidents.open", b =>
                $"SELECT {b.Column<IncidentRecord>("Id")} FROM {b.Table<IncidentRecord>()} WHERE {b.Column<IncidentRecord>("InstanceId")} = {b.Parameter<IncidentRecord>("InstanceId")} "
                + $"AND {b.Column<IncidentRecord>("ResolvedAt")} IS NULL")
            .Bind(transaction, instance.Id)).ConfigureAwait(false);
        foreach (var id in open)
        {
            if (!current.Remove(id))
            {
                await statements.Get("incidents.resolve", b =>
                        $"UPDATE {b.Table<IncidentRecord>()} SET {b.Column<IncidentRecord>("ResolvedAt")} = {b.Parameter<IncidentRecord>("ResolvedAt")} "
                        + $"WHERE {b.Column<IncidentRecord>("Id")} = {b.Parameter<IncidentRecord>("Id")}")
                    .Bind(transaction, at, id).ExecuteAsync().ConfigureAwait(false);
            }
        }

        foreach (var i in current.Values)
        {
            await statements.InsertAsync(transaction, new IncidentRecord
            {
                Id = i.Id,
                InstanceId = instance.Id,
                SubscriptionId = i.SubscriptionId,
                ElementId = i.ElementId,
                Message = i.Message,
                CreatedAt = i.CreatedAt,
            }).ConfigureAwait(false);
        }
    }

    /// <summary>Task rows from the effects, in order: a task created and ended in one commit is inserted ended.</summary>
    private async Task WriteUserTasksAsync(DbTransaction transaction, PendingCommit commit)
    {
        var batch = commit.Batch;
        var created = new Dictionary<Guid, UserTaskRecord>();
        foreach (var effect in batch.Effects)
        {
            switch (effect)
            {
                case UserTaskCreated c:
                    created[c.TaskId] = NewTask(c, batch);
                    break;
                case UserTaskEnded e when created.TryGetValue(e.TaskId, out var task):
                    End(task, e.Completed, batch, commit.CompletionVariablesJson);
                    break;
                case UserTaskEnded e:
                    await statements.Get("tasks.end", b =>
                            $"UPDATE {b.Table<UserTaskRecord>()} SET {b.Column<UserTaskRecord>("State")} = {b.Parameter<UserTaskRecord>("State")}, "
                            + $"{b.Column<UserTaskRecord>("CompletedAt")} = {b.Parameter<UserTaskRecord>("CompletedAt")}, "
                            + $"{b.Column<UserTaskRecord>("CompletedBy")} = {b.Parameter<UserTaskRecord>("CompletedBy")}, "
                            + $"{b.Column<UserTaskRecord>("CompletionVariablesJson")} = {b.Parameter<UserTaskRecord>("CompletionVariablesJson")} "
                            + $"WHERE {b.Column<UserTaskRecord>("Id")} = {b.Parameter<UserTaskRecord>("Id")}")
                        .Bind(transaction, e.Completed ? UserTaskState.Completed : UserTaskState.Cancelled, batch.At,
                            e.Completed ? batch.Command.UserId : null, e.Completed ? commit.CompletionVariablesJson : null, e.TaskId)
                        .ExecuteAsync().ConfigureAwait(false);
                    break;
                case InstanceMigrated m:
                    await MigrateStoredTasksAsync(transaction, m).ConfigureAwait(false);
                    foreach (var task in created.Values.Where(t => t.InstanceId == m.InstanceId && t.State == UserTaskState.Open))
                    {
                        Migrate(task, m);
                    }

                    break;
            }
        }

        foreach (var task in created.Values)
        {
            await statements.InsertAsync(transaction, task).ConfigureAwait(false);
            foreach (var candidate in task.Candidates)
            {
                await statements.InsertAsync(transaction, candidate).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A migrated instance keeps its open tasks (same ids, same rows); their element ids follow the mapping and their
    /// names and process key come from the target version.
    /// </summary>
    private async Task MigrateStoredTasksAsync(DbTransaction transaction, InstanceMigrated migrated)
    {
        var rows = await statements.Get("tasks.open", b =>
                $"SELECT {b.Column<UserTaskRecord>("Id")}, {b.Column<UserTaskRecord>("ElementId")} FROM {b.Table<UserTaskRecord>()} "
                + $"WHERE {b.Column<UserTaskRecord>("InstanceId")} = {b.Parameter<UserTaskRecord>("InstanceId")} AND {b.Column<UserTaskRecord>("State")} = {b.Parameter<UserTaskRecord>("State")}")
            .Bind(transaction, migrated.InstanceId, UserTaskState.Open).QueryAsync().ConfigureAwait(false);
        var open = rows.Select(r => (Id: GuidOf(r[0]), ElementId: (string)r[1]!)).ToList();

        foreach (var (id, elementId) in open)
        {
            var task = new UserTaskRecord { Id = id, ElementId = elementId, ProcessKey = "" };
            if (!Migrate(task, migrated))
            {
                continue;
            }

            if (task.ProcessKey.Length == 0)
            {
                // Target version unknown here: only the element id follows the mapping.
                await statements.Get("tasks.migrate-element", b =>
                        $"UPDATE {b.Table<UserTaskRecord>()} SET {b.Column<UserTaskRecord>("ElementId")} = {b.Parameter<UserTaskRecord>("ElementId")} "
                        + $"WHERE {b.Column<UserTaskRecord>("Id")} = {b.Parameter<UserTaskRecord>("Id")}")
                    .Bind(transaction, task.ElementId, id).ExecuteAsync().ConfigureAwait(false);
                continue;
            }

            await statements.Get("tasks.migrate", b =>
                    $"UPDATE {b.Table<UserTaskRecord>()} SET {b.Column<UserTaskRecord>("ElementId")} = {b.Parameter<UserTaskRecord>("ElementId")}, "
                    + $"{b.Column<UserTaskRecord>("Name")} = {b.Parameter<UserTaskRecord>("Name")}, {b.Column<UserTaskRecord>("ProcessKey")} = {b.Parameter<UserTaskRecord>("ProcessKey")} "
                    + $"WHERE {b.Column<UserTaskRecord>("Id")} = {b.Parameter<UserTaskRecord>("Id")}")
                .Bind(transaction, task.ElementId, task.Name, task.ProcessKey, id)
                .ExecuteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Applies the element mapping to a task row; false when its element is not mapped.</summary>
    private bool Migrate(UserTaskRecord task, InstanceMigrated migrated)
    {
        if (!migrated.ElementMapping.TryGetValue(task.ElementId, out var elementId))
        {
            return false;
        }

        task.ElementId = elementId;
        if (definitions?.Get(migrated.ToDefinitionId) is { } target)
        {
            task.Name = target.Process.FindNode(elementId)?.Name;
            task.ProcessKey = target.Key;
        }

        return true;
    }

    private async Task<List<OwnedOutboxRow>?> WriteOutboxAsync(DbTransaction transaction, PendingCommit commit, Dictionary<Guid, long> revisions)
    {
        var batch = commit.Batch;
        List<OwnedOutboxRow>? owned = null;
        var claiming = routing is not null && commit.Claims is not null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var effect in batch.Effects)
        {
            if (OutboxKinds.Classify(effect) is not { } classified)
            {
                continue;
            }

            if (routing is not null && !routing.Handles(classified.Kind))
            {
                continue; // nothing would apply it: the journal holds the record, a row would only cost pages
            }

            // kind:subject:revision is unique per commit of an instance, and the same on every replay of this row.
            var revision = revisions.GetValueOrDefault(effect.InstanceId);
            var key = $"{classified.Kind}:{classified.Subject}:{effect.InstanceId:N}:{revision}";
            for (var n = 2; !used.Add(key); n++)
            {
                key = $"{classified.Kind}:{classified.Subject}:{effect.InstanceId:N}:{revision}:{n}";
            }

            var row = new OutboxRecord
            {
                Id = key,
                Kind = classified.Kind,
                InstanceId = effect.InstanceId,
                PayloadJson = OutboxPayload.Serialize(effect),
                CreatedAt = batch.At,
                NextAttemptAt = batch.At,
            };
            if (claiming)
            {
                row.NextAttemptAt = batch.At + routing!.Lease;
                row.Attempts = 1;
                (owned ??= []).Add(new OwnedOutboxRow(key, classified.Kind, effect));
            }

            await statements.InsertAsync(transaction, row).ConfigureAwait(false);
        }

        return owned;
    }

    private async Task WriteJournalAsync(DbTransaction transaction, CommitBatch batch)
    {
        var journal = batch.Journal;
        var start = 0;
        while (start < journal.Count)
        {
            var rows = Math.Min(journal.Count - start, JournalRowsPerStatement);
            var values = new object?[rows * JournalColumns.Length];
            for (var row = 0; row < rows; row++)
            {
                var e = journal[start + row];
                var at = row * JournalColumns.Length;
                values[at] = e.InstanceId;
                values[at + 1] = e.Kind;
                values[at + 2] = e.ElementId;
                values[at + 3] = e.At;
                values[at + 4] = e.Detail;
                values[at + 5] = batch.Command.Command;
                values[at + 6] = batch.Command.UserId;
            }

            await statements.Get("journal.insert:" + rows, b => b.Insert<JournalRecord>(JournalColumns, rows))
                .Bind(transaction, values).ExecuteAsync().ConfigureAwait(false);
            start += rows;
        }
    }

    private static async Task<List<Guid>> ReadIdsAsync(Statement statement) =>
        [.. (await statement.QueryAsync().ConfigureAwait(false)).Select(r => GuidOf(r[0]))];

    /// <summary>A stored Guid: text on SQLite, uuid on PostgreSQL.</summary>
    private static Guid GuidOf(object? value) => value as Guid? ?? Guid.Parse((string)value!);

    private static UserTaskRecord NewTask(UserTaskCreated c, CommitBatch batch)
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

    private static void End(UserTaskRecord task, bool completed, CommitBatch batch, string? completionVariablesJson)
    {
        task.State = completed ? UserTaskState.Completed : UserTaskState.Cancelled;
        task.CompletedAt = batch.At;
        if (completed)
        {
            task.CompletedBy = batch.Command.UserId;
            task.CompletionVariablesJson = completionVariablesJson;
        }
    }
}
