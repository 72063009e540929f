using System.Text;
using Kim.Workflows.Notifications.Calendar;
using Microsoft.Extensions.Time.Testing;
using IcalCalendar = Ical.Net.Calendar;

namespace Kim.Workflows.Notifications.Tests.Calendar;

public sealed class IcsBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 15, 42, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Now);

    private IcsBuilder Builder => new(time);

    [Fact]
    public void Request_parses_back_with_all_iTIP_properties()
    {
        var invitation = CalendarTestSupport.Invitation();

        var ics = Builder.BuildRequest(invitation);
        var calendar = IcalCalendar.Load(ics)!;

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("2.0", calendar.Version);
        Assert.False(string.IsNullOrEmpty(calendar.ProductId));
        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(invitation.Uid, e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal(invitation.Summary, e.Summary);
        Assert.Equal("Kreishaus, Raum 2.14", e.Location);
        Assert.Contains("https://video.example.invalid/fk-0042", e.Description);
        // 13:30 UTC on 3 March is 14:30 CET.
        Assert.Equal("Europe/Berlin", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 3, 14, 30, 0), e.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 3, 16, 0, 0), e.DtEnd!.Value);
        Assert.Equal(Now.UtcDateTime, e.DtStamp!.AsUtc);
        Assert.Equal("mailto:fallmanagement@kim.example.invalid", e.Organizer!.Value!.ToString());
        Assert.Equal("Frau Yılmaz, Fallmanagement", e.Organizer.CommonName);
        Assert.Equal(2, e.Attendees.Count);
        Assert.All(e.Attendees, attendee =>
        {
            Assert.True(attendee.Rsvp);
            Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);
            Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        });
        // The double quotes a user typed cannot break the parameter value.
        Assert.Equal("Jobcenter Ahlen, Team Integration", e.Attendees[0].CommonName);
    }

    [Fact]
    public void Raw_text_follows_RFC_5545_line_rules()
    {
        var ics = Builder.BuildRequest(CalendarTestSupport.Invitation());

        Assert.EndsWith("\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("\r", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        // The long summary with umlauts must actually have been folded.
        Assert.Contains(lines, line => line.StartsWith(' '));

        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", unfolded[0]);
        Assert.Contains("METHOD:REQUEST", unfolded);
        Assert.Contains("VERSION:2.0", unfolded);
        Assert.Contains(unfolded, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("BEGIN:VTIMEZONE", unfolded);
        Assert.Contains("TZID:Europe/Berlin", unfolded);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260303T143000", unfolded);
        Assert.Contains("DTEND;TZID=Europe/Berlin:20260303T160000", unfolded);
        Assert.Contains("DTSTAMP:20260220T091542Z", unfolded);
        Assert.Contains("SEQUENCE:0", unfolded);
        Assert.Contains($"UID:{CalendarTestSupport.Invitation().Uid}", unfolded);
        Assert.Contains(unfolded, l => l.StartsWith("ORGANIZER;", StringComparison.Ordinal) && l.EndsWith(":mailto:fallmanagement@kim.example.invalid", StringComparison.Ordinal));
        var attendees = unfolded.Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, attendees.Length);
        Assert.All(attendees, a =>
        {
            Assert.Contains("RSVP=TRUE", a);
            Assert.Contains("PARTSTAT=NEEDS-ACTION", a);
            Assert.Contains("ROLE=REQ-PARTICIPANT", a);
        });
        Assert.Equal("END:VCALENDAR", unfolded[^2]);
    }

    [Fact]
    public void Changes_keep_the_UID_and_raise_the_SEQUENCE()
    {
        var first = CalendarTestSupport.Invitation();
        var moved = first.NextRevision() with { Start = first.Start.AddDays(2), End = first.End.AddDays(2) };

        var original = Single(Builder.BuildRequest(first));
        time.Advance(TimeSpan.FromHours(3));
        var update = Single(Builder.BuildRequest(moved));

        Assert.Equal(original.Uid, update.Uid);
        Assert.True(update.Sequence > original.Sequence);
        Assert.True(update.DtStamp!.AsUtc > original.DtStamp!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 5, 14, 30, 0), update.DtStart!.Value);
    }

    [Fact]
    public void Rebuilding_the_same_revision_gives_the_same_UID_and_SEQUENCE()
    {
        var invitation = CalendarTestSupport.Invitation();

        Assert.Equal(Builder.BuildRequest(invitation), Builder.BuildRequest(invitation));
    }

    [Fact]
    public void Cancel_uses_METHOD_CANCEL_and_STATUS_CANCELLED()
    {
        var invitation = CalendarTestSupport.Invitation().NextRevision().NextRevision();

        var ics = Builder.BuildCancel(invitation);
        var calendar = IcalCalendar.Load(ics)!;

        Assert.Equal("CANCEL", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", e.Status);
        Assert.Equal(2, e.Sequence);
        Assert.Equal(invitation.Uid, e.Uid);
        Assert.Contains("METHOD:CANCEL\r\n", ics);
    }

    [Fact]
    public void Summer_time_is_written_as_Berlin_wall_clock()
    {
        var summer = CalendarTestSupport.Invitation() with
        {
            Start = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero),
        };

        var ics = Builder.BuildRequest(summer);

        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260701T100000", ics);
        Assert.Equal(summer.Start.UtcDateTime, Single(ics).DtStart!.AsUtc);
    }

    [Fact]
    public void Invalid_invitations_are_refused()
    {
        var valid = CalendarTestSupport.Invitation();

        Assert.Throws<ArgumentException>(() => Builder.BuildRequest(valid with { End = valid.Start }));
        Assert.Throws<ArgumentException>(() => Builder.BuildRequest(valid with { Uid = "" }));
        Assert.Throws<ArgumentException>(() => Builder.BuildRequest(valid with { Attendees = [] }));
        Assert.Throws<ArgumentException>(() => Builder.BuildRequest(valid with { OrganizerEmail = "x\r\nATTENDEE:mailto:evil@x" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Builder.BuildRequest(valid with { Sequence = -1 }));
    }

    private static Ical.Net.CalendarComponents.CalendarEvent Single(string ics) => Assert.Single(IcalCalendar.Load(ics)!.Events);
}
