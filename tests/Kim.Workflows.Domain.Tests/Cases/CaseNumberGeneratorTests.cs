using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Tests.Cases;

public sealed class CaseNumberGeneratorTests
{
    [Fact]
    public async Task Numbers_count_from_one_per_year_in_Warendorf_time()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At(new DateTimeOffset(2026, 12, 31, 22, 30, 0, TimeSpan.Zero));
        await using var db = database.CreateContext();
        var generator = new CaseNumberGenerator(db, clock);

        // 22:30 UTC on 31 December is already 23:30 in Warendorf: still 2026.
        Assert.Equal("KIM-2026-0001", await generator.NextAsync());
        Assert.Equal("KIM-2026-0002", await generator.NextAsync());

        // 23:30 UTC is 00:30 on 1 January in Warendorf: a new year starts at 1.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("KIM-2027-0001", await generator.NextAsync());
    }

    [Fact]
    public async Task Twenty_parallel_intakes_on_one_sqlite_file_get_unique_numbers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = database.CreateContext())
        {
            seed.Districts.AddRange(KreisWarendorf.CreateDistricts());
            await seed.SaveChangesAsync();
        }

        var clock = TestClock.At();
        var year = Time.KimCalendar.Today(clock).Year; // the Berlin year: 2027 at the default clock (23:30 UTC on 31 December)
        var municipalities = new DistrictRouter().MunicipalityNames;
        var intakes = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            var intake = new CaseIntakeService(db, new CaseNumberGenerator(db, clock), new DistrictRouter(), clock);
            var (file, _) = await intake.OpenAsync(new NewCaseRequest
            {
                Municipality = municipalities[i % municipalities.Count],
                GivenName = "Parallel",
                FamilyName = "Testfall" + i,
            });
            return file.CaseNumber;
        }));

        var numbers = await Task.WhenAll(intakes);
        Assert.Equal(20, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 20).Select(n => CaseNumberGenerator.Format(year, n)).Order(), numbers.Order());

        await using var check = database.CreateContext();
        Assert.Equal(20, await check.Cases.CountAsync());
        Assert.Equal(20, (await check.CaseNumberCounters.SingleAsync(c => c.Year == year)).LastNumber);
    }

    [Fact]
    public async Task Intake_routes_the_case_and_starts_in_Zugangssteuerung()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = TestClock.At();
        await using (var db = database.CreateContext())
        {
            db.Districts.AddRange(KreisWarendorf.CreateDistricts());
            await db.SaveChangesAsync();
            var intake = new CaseIntakeService(db, new CaseNumberGenerator(db, clock), new DistrictRouter(), clock);
            var (file, route) = await intake.OpenAsync(new NewCaseRequest
            {
                Municipality = "Telgte",
                GivenName = " Amina ",
                FamilyName = "Beispiel",
                Languages = ["Arabisch", "Englisch"],
                InterpreterNeeded = true,
                LegalDomains = Rechtskreis.SgbII | Rechtskreis.SgbVIII,
                ReferralSource = ReferralSource.Jobcenter,
            });
            Assert.Equal("cm-nordkreis", route.CaseManagementGroup);
            Assert.Equal(CaseNumberGenerator.Format(Time.KimCalendar.Today(clock).Year, 1), file.CaseNumber);
        }

        await using var read = database.CreateContext();
        var stored = await read.CaseFiles.SingleAsync();
        Assert.Equal("nordkreis", stored.DistrictId);
        Assert.Equal("telgte", stored.MunicipalityId);
        Assert.Equal(CasePhase.Zugangssteuerung, stored.Phase);
        Assert.Single(stored.PhaseHistory);
        Assert.Null(stored.ResponsibleCaseManager);
        Assert.Equal("Amina", stored.Client!.GivenName);
        Assert.Equal(["Arabisch", "Englisch"], stored.Client.Languages);
        Assert.True(stored.LegalDomains.HasFlag(Rechtskreis.SgbVIII));
    }

    [Fact]
    public async Task Intake_rejects_a_place_outside_the_Kreis_without_drawing_a_number()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var clock = TestClock.At();
        var intake = new CaseIntakeService(db, new CaseNumberGenerator(db, clock), new DistrictRouter(), clock);
        await Assert.ThrowsAsync<UnknownMunicipalityException>(() =>
            intake.OpenAsync(new NewCaseRequest { Municipality = "Bielefeld", GivenName = "X", FamilyName = "Y" }));
        Assert.Empty(await db.CaseNumberCounters.ToListAsync());
    }

    [Theory]
    [InlineData("KIM-2026-0042", true, 2026, 42)]
    [InlineData("KIM-2026-12345", true, 2026, 12345)]
    [InlineData("KIM-26-0042", false, 0, 0)]
    [InlineData("kim-2026-0042", false, 0, 0)]
    [InlineData("KIM-2026-0000", false, 2026, 0)]
    [InlineData(null, false, 0, 0)]
    public void Parses_case_numbers(string? text, bool valid, int year, int number)
    {
        Assert.Equal(valid, CaseNumberGenerator.TryParse(text, out var y, out var n));
        if (valid)
        {
            Assert.Equal((year, number), (y, n));
        }
    }

    [Fact]
    public void Demo_case_managers_cover_every_district() =>
        Assert.All(KreisWarendorf.CreateDistricts(), d => Assert.NotEmpty(DemoUsers.CaseManagersOf(d.Id)));
}
