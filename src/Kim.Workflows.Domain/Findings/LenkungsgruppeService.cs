using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Findings;

/// <summary>Plans Lenkungsgruppe meetings, puts bundled topics on the agenda and records decisions (coordination only).</summary>
public sealed class LenkungsgruppeService(KimDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<LenkungsgruppeMeeting>> MeetingsAsync(CancellationToken cancellationToken = default) =>
        await db.LenkungsgruppeMeetings.AsNoTracking().Include(m => m.AgendaItems)
            .OrderByDescending(m => m.MeetingOn).ToListAsync(cancellationToken);

    public async Task<LenkungsgruppeMeeting> PlanAsync(KimUser user, DateOnly on, string title, string? place, CancellationToken cancellationToken = default)
    {
        FindingService.EnsureCoordination(user, null);
        var meeting = new LenkungsgruppeMeeting { MeetingOn = on, Title = title.Trim(), Place = place, PlannedBy = user.UserName, PlannedAt = time.GetUtcNow() };
        db.LenkungsgruppeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>Adds the topic as the next agenda item; its findings move to "in der Lenkungsgruppe". Adding twice does nothing.</summary>
    public async Task<AgendaItem> AddTopicAsync(KimUser user, Guid meetingId, Guid topicId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.LenkungsgruppeMeetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meetingId, cancellationToken);
        var topic = await db.FindingTopics.SingleAsync(t => t.Id == topicId, cancellationToken);
        FindingService.EnsureCoordination(user, topic.DistrictId);
        if (meeting.AgendaItems.FirstOrDefault(i => i.TopicId == topicId) is { } existing)
        {
            return existing;
        }

        var item = new AgendaItem { MeetingId = meeting.Id, Position = meeting.AgendaItems.Count + 1, TopicId = topic.Id, Title = topic.Title };
        // Added explicitly: a new child with a preset Guid key would otherwise be taken for an existing row.
        db.AgendaItems.Add(item);
        meeting.AgendaItems.Add(item);
        topic.LenkungsgruppeMeetingOn = meeting.MeetingOn;
        await db.Findings.Where(f => f.TopicId == topic.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FindingStatus.InLenkungsgruppe), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task RecordDecisionAsync(KimUser user, Guid agendaItemId, string decision, CancellationToken cancellationToken = default)
    {
        FindingService.EnsureCoordination(user, null);
        var item = await db.AgendaItems.SingleAsync(i => i.Id == agendaItemId, cancellationToken);
        item.Decision = decision.Trim();
        if (item.TopicId is { } topicId && await db.FindingTopics.FindAsync([topicId], cancellationToken) is { } topic)
        {
            topic.LenkungsgruppeDecision = item.Decision;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
