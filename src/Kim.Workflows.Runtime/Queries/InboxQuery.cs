using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;
using Kim.Workflows.Runtime.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Queries;

/// <summary>
/// The task inbox over <c>user_tasks</c> / <c>user_task_candidates</c>, without HTTP (the web pages, the REST API and the
/// <c>inbox</c> benchmark call it). Every list is one index-ordered scan: open tasks by (State, DueAt), candidates by their
/// primary key (TaskId, Kind, Value) per row, "mine" by (State, Assignee); no count, no sort of the whole set.
/// Claiming is a conditional update of the task row (the engine does not own assignment; completion does).
/// </summary>
public sealed class InboxQuery(WorkflowDbContextFactory contexts, TimeProvider time)
{
    public async Task<InboxPage> ListAsync(InboxFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var (open, selective) = await FilteredAsync(db, filter, cancellationToken).ConfigureAwait(false);
        var take = Math.Clamp(filter.Take, 1, 500);
        if (selective)
        {
            // At most a few thousand rows, fetched by primary key and sorted here: SQLite would otherwise prefer the
            // (State, DueAt) index for the ORDER BY and read every open task to find them.
            var few = await Project(open).ToListAsync(cancellationToken).ConfigureAwait(false);
            var sorted = (filter.Sort == InboxSort.DueDescending
                    ? few.OrderBy(t => t.DueAt is null).ThenByDescending(t => t.DueAt)
                    : few.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt))
                .ThenBy(t => t.CreatedAt).Take(take + 1).ToList();
            return new InboxPage(sorted.Count > take ? sorted[..take] : sorted, sorted.Count > take);
        }

        // Due-dated tasks in index order, then those without a due date (SQL puts NULLs first; users want them last).
        var dated = open.Where(t => t.DueAt != null);
        dated = filter.Sort == InboxSort.DueDescending ? dated.OrderByDescending(t => t.DueAt) : dated.OrderBy(t => t.DueAt);
        var items = await Project(dated).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (items.Count <= take && !filter.OverdueOnly)
        {
            var undated = open.Where(t => t.DueAt == null).OrderBy(t => t.CreatedAt);
            items.AddRange(await Project(undated).Take(take + 1 - items.Count).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var hasMore = items.Count > take;
        return new InboxPage(hasMore ? items[..take] : items, hasMore);
    }

    /// <summary>Distinct process keys of open tasks (the filter's choices).</summary>
    public async Task<IReadOnlyList<string>> OpenProcessKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Definitions.AsNoTracking().Select(d => d.ProcessKey).Distinct().OrderBy(k => k).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TaskDetails?> FindAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var task = await db.UserTasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return null;
        }

        var fields = FormFieldJson.Parse(task.FormFieldsJson);
        var state = await db.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.StateJson).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, object?> variables = state is null
            ? new Dictionary<string, object?>()
            : ProcessInstanceSerializer.Deserialize(state).Variables;
        return new TaskDetails(task, fields, variables);
    }

    /// <summary>Takes an unassigned open task (or confirms one already mine). Exactly one of concurrent claims wins.</summary>
    public async Task<ClaimOutcome> ClaimAsync(Guid taskId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var now = time.GetUtcNow();
        var changed = await db.UserTasks
            .Where(t => t.Id == taskId && t.State == UserTaskState.Open && (t.Assignee == null || t.Assignee == userId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, userId).SetProperty(t => t.ClaimedBy, userId).SetProperty(t => t.ClaimedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return changed > 0 ? ClaimOutcome.Done : await MissOutcomeAsync(db, taskId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives a task back to its groups; <paramref name="anyAssignee"/> lets administrators release someone else's task.</summary>
    public async Task<ClaimOutcome> UnclaimAsync(Guid taskId, string userId, bool anyAssignee = false, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var changed = await db.UserTasks
            .Where(t => t.Id == taskId && t.State == UserTaskState.Open && t.Assignee != null && (anyAssignee || t.Assignee == userId))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, (string?)null).SetProperty(t => t.ClaimedAt, (DateTimeOffset?)null), cancellationToken)
            .ConfigureAwait(false);
        return changed > 0 ? ClaimOutcome.Done : await MissOutcomeAsync(db, taskId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Groups with few tasks (a rare group, a new district) would make the ordered scan read every open task to fill a
    /// page: below this many candidate rows the query starts from the candidates instead and sorts the few tasks.
    /// </summary>
    private const int SelectiveGroupRows = 2_000;

    private async Task<(IQueryable<UserTaskRecord> Query, bool Selective)> FilteredAsync(WorkflowDbContext db, InboxFilter filter, CancellationToken cancellationToken)
    {
        var open = db.UserTasks.AsNoTracking().Where(t => t.State == UserTaskState.Open);
        var user = filter.UserId;
        var groups = filter.Groups ?? [];
        if (filter.View == InboxView.Group || (filter.View == InboxView.All && filter.Groups is not null))
        {
            // An index-only count on (Kind, Value, TaskId).
            var rows = await db.UserTaskCandidates.Where(c => c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                .Take(SelectiveGroupRows + 1).CountAsync(cancellationToken).ConfigureAwait(false);
            if (rows <= SelectiveGroupRows)
            {
                // Two index seeks on (Kind, Value, TaskId); an OR of both in one query would scan every candidate row.
                var idList = await db.UserTaskCandidates.Where(c => c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                    .Select(c => c.TaskId).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (filter.View == InboxView.Group)
                {
                    idList.AddRange(await db.UserTaskCandidates.Where(c => c.Kind == CandidateKind.User && c.Value == user)
                        .Select(c => c.TaskId).ToListAsync(cancellationToken).ConfigureAwait(false));
                }

                idList = [.. idList.Distinct()];
                open = idList.Count == 0 ? open.Where(t => false) : open.Where(t => idList.Contains(t.Id));
                return (Narrow(filter.View == InboxView.Group ? open.Where(t => t.Assignee == null) : open, filter), true);
            }
        }

        switch (filter.View)
        {
            case InboxView.Mine:
                open = open.Where(t => t.Assignee == user);
                break;
            case InboxView.Group:
                // Unassigned open tasks in due order come straight from (State, Assignee, DueAt); the candidate check is a
                // primary-key probe per row, and the scan stops after one page.
                open = open.Where(t => t.Assignee == null && db.UserTaskCandidates.Any(c => c.TaskId == t.Id
                    && ((c.Kind == CandidateKind.Group && groups.Contains(c.Value)) || (c.Kind == CandidateKind.User && c.Value == user))));
                break;
            case InboxView.All when filter.Groups is not null:
                open = open.Where(t => db.UserTaskCandidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && groups.Contains(c.Value)));
                break;
        }

        return (Narrow(open, filter), false);
    }

    private IQueryable<UserTaskRecord> Narrow(IQueryable<UserTaskRecord> open, InboxFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.ProcessKey))
        {
            var key = filter.ProcessKey.Trim();
            open = open.Where(t => t.ProcessKey == key);
        }

        if (!string.IsNullOrWhiteSpace(filter.BusinessKey))
        {
            var businessKey = filter.BusinessKey.Trim();
            open = open.Where(t => t.BusinessKey == businessKey);
        }

        if (filter.OverdueOnly)
        {
            var now = time.GetUtcNow();
            open = open.Where(t => t.DueAt != null && t.DueAt < now);
        }

        return open;
    }

    private static IQueryable<InboxItem> Project(IQueryable<UserTaskRecord> tasks) =>
        tasks.Select(t => new InboxItem(t.Id, t.InstanceId, t.ElementId, t.Name, t.ProcessKey, t.BusinessKey, t.Assignee, t.DueAt, t.CreatedAt, t.Priority));

    private static async Task<ClaimOutcome> MissOutcomeAsync(WorkflowDbContext db, Guid taskId, CancellationToken cancellationToken) =>
        await db.UserTasks.AnyAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false) ? ClaimOutcome.Conflict : ClaimOutcome.NotFound;
}
