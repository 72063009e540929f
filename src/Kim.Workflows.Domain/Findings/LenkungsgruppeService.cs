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

    /// <summary>The meeting with its agenda in order, or null.</summary>
    public async Task<LenkungsgruppeMeeting?> FindAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.LenkungsgruppeMeetings.AsNoTracking().Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        meeting?.AgendaItems.Sort((a, b) => a.Position.CompareTo(b.Position));
        return meeting;
    }

    /// <summary>
    /// The agenda as the notices show it: title and regional project group (district name; null for
    /// Kreis-wide topics). Topics carry no personal data (coordination bundles findings without case links).
    /// </summary>
    public async Task<IReadOnlyList<(AgendaItem Item, string? ProjectGroup)>> AgendaAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await FindAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return [];
        }

        var topicIds = meeting.AgendaItems.Where(i => i.TopicId is not null).Select(i => i.TopicId!.Value).ToList();
        var topics = await db.FindingTopics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.DistrictId, cancellationToken);
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return [.. meeting.AgendaItems.Select(i =>
        {
            var district = i.TopicId is { } t && topics.TryGetValue(t, out var d) ? d : null;
            return (i, district is null ? null : districts.GetValueOrDefault(district, district));
        })];
    }

    /// <summary>The workflow set (or moved) the date and place; the meeting counts as planned again.</summary>
    public async Task<bool> ScheduleAsync(Guid meetingId, DateOnly on, string? place, CancellationToken cancellationToken = default)
    {
        var meeting = await db.LenkungsgruppeMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        meeting.MeetingOn = on;
        meeting.Place = string.IsNullOrWhiteSpace(place) ? meeting.Place : place.Trim();
        meeting.Status = MeetingStatus.Geplant;
        foreach (var topic in await db.FindingTopics.Where(t => db.AgendaItems.Any(i => i.MeetingId == meetingId && i.TopicId == t.Id)).ToListAsync(cancellationToken))
        {
            topic.LenkungsgruppeMeetingOn = on;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> CancelAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        var meeting = await db.LenkungsgruppeMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        meeting.Status = MeetingStatus.Abgesagt;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores the decisions taken in the meeting (by agenda position) on the agenda items and their topics;
    /// the findings of a decided topic are done, those of an adjourned one stay with the Lenkungsgruppe.
    /// The meeting counts as held. Repeating it with the same decisions changes nothing.
    /// </summary>
    public async Task<int> RecordOutcomeAsync(Guid meetingId, IReadOnlyDictionary<int, string> decisionsByPosition, CancellationToken cancellationToken = default)
    {
        var meeting = await db.LenkungsgruppeMeetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new InvalidOperationException($"Die Sitzung {meetingId} gibt es nicht.");
        var recorded = 0;
        foreach (var item in meeting.AgendaItems)
        {
            if (!decisionsByPosition.TryGetValue(item.Position, out var decision) || string.IsNullOrWhiteSpace(decision))
            {
                continue;
            }

            item.Decision = decision.Trim();
            recorded++;
            if (item.TopicId is { } topicId && await db.FindingTopics.FindAsync([topicId], cancellationToken) is { } topic)
            {
                topic.LenkungsgruppeDecision = item.Decision;
                await db.Findings.Where(f => f.TopicId == topicId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FindingStatus.Erledigt), cancellationToken);
            }
        }

        meeting.Status = MeetingStatus.Durchgefuehrt;
        await db.SaveChangesAsync(cancellationToken);
        return recorded;
    }
}
