using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Conferences;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Tests.Seeding;

public sealed class DemoDataSeederTests
{
    private static async Task<DemoSeedResult> SeedAsync(TestDatabase database, TimeProvider clock)
    {
        await using var db = database.CreateContext();
        return await new DemoDataSeeder(db, clock, new ReassessmentPlanner()).SeedAsync();
    }

    [Fact]
    public async Task Seeds_forty_cases_in_every_phase_and_district()
    {
        await using var database = await TestDatabase.CreateAsync();
        var result = await SeedAsync(database, TestClock.At());
        Assert.Equal(new DemoSeedResult(4, 14, 40), result);

        await using var db = database.CreateContext();
        var files = await db.CaseFiles.ToListAsync();
        Assert.Equal(40, files.Count);
        Assert.Equal(Enum.GetValues<CasePhase>().Order(), files.Select(f => f.Phase).Distinct().Order());
        Assert.Equal(["ahlen", "beckum", "nordkreis", "suedkreis"], files.Select(f => f.DistrictId).Distinct().Order());
        Assert.Equal(40, files.Select(f => f.CaseNumber).Distinct().Count());
        Assert.All(files, f => Assert.True(CaseNumberGenerator.TryParse(f.CaseNumber, out _, out _)));
        Assert.Equal(13, await db.Municipalities.CountAsync());
        Assert.All(files.Where(f => f.ResponsibleCaseManager is not null), f =>
            Assert.Contains(DemoUsers.CaseManagersOf(f.DistrictId), u => u.UserName == f.ResponsibleCaseManager));
        Assert.All(files.Where(f => f.IsClosed), f => Assert.NotNull(f.ClosingReason));
        Assert.Contains(files, f => f.IsClosed && f.IsShortCounselling);
        Assert.Contains(files, f => f.Contacts.Any(c => c.Kind == ContactKind.Aufsuchend));
        Assert.All(files.Where(f => f.Phase is CasePhase.Leistungssteuerung or CasePhase.Monitoring), f => Assert.NotEmpty(f.Zielvereinbarungen));
    }

    [Fact]
    public async Task Demo_shows_overdue_reassessments_pending_conferences_open_consultations_and_lapsed_consents()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        await SeedAsync(database, clock);
        var today = KimCalendar.Today(clock);
        var now = clock.GetUtcNow();

        await using var db = database.CreateContext();
        var files = await db.CaseFiles.ToListAsync();
        var planner = new ReassessmentPlanner();
        var overdue = files.Where(f => planner.PlanFor(f) is { } plan && plan.StateOn(today) >= ReassessmentState.Overdue).ToList();
        Assert.True(overdue.Count >= 4, $"only {overdue.Count} overdue re-assessments");

        var conferences = await db.Conferences.Include(c => c.Invitations).ToListAsync();
        Assert.Contains(conferences, c => c.Status == ConferenceStatus.Eingeladen && c.ScheduledAt > now);
        Assert.Contains(conferences, c => c.Status == ConferenceStatus.Protokolliert);
        Assert.Contains(conferences, c => c.Kind == ConferenceKind.StrukturellAnonymisiert && c.CaseId == null);
        Assert.Contains(conferences.SelectMany(c => c.Invitations), i => i.Answer == InvitationAnswer.NichtEingeladen && i.NotInvitedReason != null);

        var consultations = await db.Consultations.ToListAsync();
        Assert.Contains(consultations, c => c.Status == ConsultationStatus.Gestellt && c.Authority == Authority.Auslaenderbehoerde);
        Assert.Contains(consultations, c => c.Authority == Authority.Einbuergerungsbehoerde);
        Assert.Contains(consultations, c => c.Status == ConsultationStatus.Gestellt && c.DueOn < today);

        var consents = files.SelectMany(f => f.Consents).ToList();
        Assert.Contains(consents, c => c.RevokedAt < now);
        Assert.Contains(consents, c => c.RevokedAt is null && c.ValidUntil < today);
        Assert.Contains(consents, c => c.RevokedAt is null && c.ValidUntil >= today);
        Assert.NotEmpty(await db.Findings.ToListAsync());
    }

    [Fact]
    public async Task Second_run_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        await SeedAsync(database, clock);
        clock.Advance(TimeSpan.FromDays(3));
        var second = await SeedAsync(database, clock);
        Assert.False(second.AddedAnything);

        await using var db = database.CreateContext();
        Assert.Equal(40, await db.Cases.CountAsync());
        Assert.Equal(14, await db.Partners.CountAsync());
        Assert.Equal(4, await db.Districts.CountAsync());
    }

    [Fact]
    public async Task Same_seed_and_clock_give_the_same_demo()
    {
        await using var first = await TestDatabase.CreateAsync();
        await using var second = await TestDatabase.CreateAsync();
        await SeedAsync(first, TestClock.At());
        await SeedAsync(second, TestClock.At());

        static async Task<List<string>> Describe(TestDatabase database)
        {
            await using var db = database.CreateContext();
            return await db.Cases.OrderBy(c => c.CaseNumber)
                .Select(c => c.CaseNumber + " " + c.DistrictId + " " + c.Phase + " " + c.Client!.GivenName + " " + c.Client.FamilyName)
                .ToListAsync();
        }

        Assert.Equal(await Describe(first), await Describe(second));
    }

    [Fact]
    public async Task Intake_after_seeding_continues_the_numbering()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        await SeedAsync(database, clock);
        await using var db = database.CreateContext();
        var before = await db.Cases.Select(c => c.CaseNumber).ToListAsync();
        var (file, _) = await new CaseIntakeService(db, new CaseNumberGenerator(db, clock), new DistrictRouter(), clock)
            .OpenAsync(new NewCaseRequest { Municipality = "Ahlen", GivenName = "Neu", FamilyName = "Beispiel" });
        Assert.DoesNotContain(file.CaseNumber, before);
    }

    [Fact]
    public async Task Case_list_filter_matches_the_access_rules_on_demo_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database, TestClock.At());
        await using var db = database.CreateContext();
        var policy = new CaseAccessPolicy();
        var all = await db.Cases.ToListAsync();
        foreach (var user in DemoUsers.All.Select(u => u.ToKimUser()))
        {
            var visible = await policy.VisibleCases(db.Cases, user).Select(c => c.Id).ToListAsync();
            var expected = all.Where(f => policy.CanReadCase(user, f).Allowed).Select(f => f.Id).ToList();
            Assert.Equal(expected.Order(), visible.Order());
            if (user.Role != KimRole.CaseManager)
            {
                Assert.Empty(visible);
            }
        }

        Assert.NotEmpty(await policy.VisibleCases(db.Cases, DemoUsers.CmSued2.ToKimUser()).ToListAsync());
    }

    [Fact]
    public void Demo_users_cover_every_role()
    {
        Assert.Equal(7, DemoUsers.All.Count(u => u.Role == KimRole.CaseManager));
        Assert.Equal(3, DemoUsers.All.Count(u => u.Role == KimRole.Coordination));
        Assert.Single(DemoUsers.All, u => u.Role == KimRole.Auslaenderbehoerde);
        Assert.Single(DemoUsers.All, u => u.Role == KimRole.Einbuergerungsbehoerde);
        Assert.Single(DemoUsers.All, u => u.Role == KimRole.ProcessOwner);
        Assert.Single(DemoUsers.All, u => u.Role == KimRole.Administrator);
        Assert.Equal(DemoUsers.All.Count, DemoUsers.All.Select(u => u.UserName).Distinct().Count());
        Assert.All(DemoUsers.All, u => Assert.EndsWith(".example", u.Email));
        Assert.All(KreisWarendorf.CreateDistricts(), d =>
            Assert.Contains(DemoUsers.All, u => u.Role == KimRole.Coordination && u.DistrictIds.Contains(d.Id)));
    }
}
