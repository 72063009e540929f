using Kim.Workflows.Application.Handlers;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Domain.Services;
using Kim.Workflows.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kim.Workflows.Application.Tests.Handlers;

/// <summary><c>${caseFileRecord}</c> on a real SQLite file: what each task form becomes in the case file, run twice, and without a file.</summary>
public sealed class CaseFileRecordHandlerTests
{
    private static CaseFileRecordHandler Handler(CaseFileHost host) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), new ReassessmentPlanner(), host.Time, NullLogger<CaseFileRecordHandler>.Instance);

    private static ServiceTaskRequest Job(string caseNumber, string eintrag, Dictionary<string, object?> form, Guid? jobId = null)
    {
        form["eintrag"] = eintrag;
        form["caseManager"] = "cm.sued1";
        return new ServiceTaskRequest(jobId ?? Guid.NewGuid(), Guid.NewGuid(), "Task_Erfassen", CaseFileRecordHandler.HandlerName, caseNumber, form, 1);
    }

    private static Task<Fallakte> FileAsync(CaseFileHost host, Guid id) =>
        host.WithAsync<KimDbContext, Fallakte>(db => db.CaseFiles.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task The_assessment_form_becomes_one_assessment_even_when_the_job_runs_twice()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var job = Job(file.CaseNumber, "assessment", new()
        {
            ["lastAssessmentAt"] = "2026-03-02", ["bedarfSprache"] = "dringend", ["lbSprache"] = "A2 fehlt", ["ressourcenSprache"] = "lernt abends",
            ["bedarfBildung"] = "gering", ["lbWohnen"] = "Wohnung zu klein", ["assessmentZusammenfassung"] = "Sprache vorrangig",
        });

        var first = await Handler(host).ExecuteAsync(job, CancellationToken.None);
        var second = await Handler(host).ExecuteAsync(job, CancellationToken.None);

        Assert.Null(first.IncidentMessage);
        Assert.Null(second.IncidentMessage);
        var stored = await FileAsync(host, file.Id);
        var assessment = Assert.Single(stored.Assessments);
        Assert.Equal(job.JobId.ToString("D"), assessment.SourceKey);
        Assert.Equal((new DateOnly(2026, 3, 2), false, "cm.sued1"), (assessment.AssessedOn, assessment.IsReassessment, assessment.AssessedBy));
        Assert.Equal([(Lebensbereich.Sprache, NeedLevel.DringenderBedarf), (Lebensbereich.BildungAnerkennung, NeedLevel.GeringerBedarf)],
            assessment.Areas.Select(a => (a.Lebensbereich, a.NeedLevel)).Order());
        Assert.Equal(("A2 fehlt", "lernt abends"), assessment.Areas.Where(a => a.Lebensbereich == Lebensbereich.Sprache).Select(a => (a.Needs, a.Resources)).Single());
        Assert.Equal("Sprache vorrangig\n\nWohnen (ohne Einschätzung): Wohnung zu klein", assessment.Summary);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 9, 2)), (stored.LastAssessmentOn, stored.NextReassessmentDue));
        Assert.Single(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Create, What: "Assessment (Workflow)", UserName: "cm.sued1" });
    }

    [Fact]
    public async Task Goal_lines_become_goals_with_steps_and_a_form_shown_again_duplicates_nothing()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        const string Lines = "Sprache: Deutsch B1; 31.12.2026\n- Integrationskurs anmelden; Klient/in; 15.04.2026\nArbeit im erlernten Beruf\n";
        var job = Job(file.CaseNumber, "ergebnisziele", new() { ["ergebnisziele"] = Lines, ["lebensbereich"] = "arbeit" });

        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        // The loop "Ziele anpassen" shows the form again with the old lines and one new step: a new job.
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "ergebnisziele", new()
        {
            ["ergebnisziele"] = Lines + "- Anerkennung beantragen; Fallmanagement", ["lebensbereich"] = "arbeit",
        }), CancellationToken.None);

        var goals = (await FileAsync(host, file.Id)).Ergebnisziele.OrderBy(g => g.Lebensbereich).ToList();
        Assert.Equal([(Lebensbereich.Sprache, "Deutsch B1"), (Lebensbereich.Arbeit, "Arbeit im erlernten Beruf")], goals.Select(g => (g.Lebensbereich, g.Description)));
        Assert.Equal((GoalStatus.Offen, 0, new DateOnly(2026, 12, 31)), (goals[0].Status, goals[0].AchievementPercent, goals[0].TargetDate));
        var step = Assert.Single(goals[0].Handlungsziele);
        Assert.Equal(("Integrationskurs anmelden", "Klient/in", new DateOnly(2026, 4, 15)), (step.Description, step.Responsible, step.DueOn));
        Assert.Equal(("Anerkennung beantragen", "Fallmanagement"), goals[1].Handlungsziele.Select(h => (h.Description, h.Responsible)).Single());
        Assert.Equal($"{job.JobId:D}/1", goals[0].SourceKey);
    }

    [Fact]
    public async Task The_agreement_covers_the_goals_open_at_that_moment_and_is_recorded_once()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var none = await Handler(host).ExecuteAsync(Job(file.CaseNumber, "zielvereinbarung", new() { ["zielvereinbarungAm"] = "2026-03-02" }), CancellationToken.None);
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "ergebnisziele", new() { ["ergebnisziele"] = "Sprache: B1\nWohnen: eigene Wohnung", ["lebensbereich"] = "sprache" }),
            CancellationToken.None);
        await host.WithAsync<KimDbContext, int>(async db =>
        {
            (await db.Ergebnisziele.SingleAsync(g => g.Lebensbereich == Lebensbereich.Wohnen)).Status = GoalStatus.Verworfen;
            return await db.SaveChangesAsync();
        });
        var job = Job(file.CaseNumber, "zielvereinbarung", new()
        {
            ["zielvereinbarungAm"] = "2026-03-01", ["vereinbarteZiele"] = "B1 bis Jahresende", ["vereinbarungUnterzeichnet"] = true,
        });

        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        await Handler(host).ExecuteAsync(job, CancellationToken.None);

        Assert.Null(none.IncidentMessage);
        var stored = await FileAsync(host, file.Id);
        var agreement = Assert.Single(stored.Zielvereinbarungen);
        Assert.Equal([stored.Ergebnisziele.Single(g => g.Lebensbereich == Lebensbereich.Sprache).Id], agreement.AgreedGoalIds);
        Assert.Equal((new DateOnly(2026, 3, 1), true, "B1 bis Jahresende", "cm.sued1"), (agreement.AgreedOn, agreement.SignedByClient, agreement.Remarks, agreement.RecordedBy));
    }

    [Fact]
    public async Task Service_lines_are_added_once_and_a_later_form_steers_their_status()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var job = Job(file.CaseNumber, "leistungen", new()
        {
            ["leistungen"] = "Integrationskurs B1; Volkshochschule; angefragt\nVerweisberatung; Jobcenter; geplant\nSportverein; TuS Oelde; Warteliste",
        });

        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(30));
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "leistungen", new() { ["leistungen"] = "Integrationskurs B1; Volkshochschule; abgeschlossen" }), CancellationToken.None);

        var services = (await FileAsync(host, file.Id)).Services.OrderBy(s => s.SourceKey).ToList();
        Assert.Equal(3, services.Count);
        var vhs = await host.PartnerIdAsync("Volkshochschule, Sprachkurse (Demo)");
        Assert.Equal((vhs, ServiceStatus.Abgeschlossen, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1)),
            (services[0].ProviderPartnerId, services[0].Status, services[0].StartedOn, services[0].EndedOn));
        Assert.Equal((ServiceKind.Verweisberatung, Rechtskreis.SgbII, await host.PartnerIdAsync(DemoPartners.Jobcenter)),
            (services[1].Kind, services[1].TargetRechtskreis, services[1].ProviderPartnerId));
        Assert.Equal((ServiceKind.Leistung, null, "TuS Oelde", ServiceStatus.Geplant, "Stand laut Workflow: Warteliste"),
            (services[2].Kind, services[2].ProviderPartnerId, services[2].ProviderName, services[2].Status, services[2].Remarks));
        Assert.Equal(1, services[0].Version);
    }

    [Fact]
    public async Task A_structural_barrier_in_the_service_form_becomes_one_systemrueckmeldung_for_the_district()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        const string Barrier = "Kein Integrationskurs mit Kinderbetreuung in Oelde";
        var job = Job(file.CaseNumber, "leistungen", new()
        {
            ["leistungen"] = "Integrationskurs B1; VHS; angefragt", ["strukturelleHuerden"] = " " + Barrier + " ", ["huerdenBereich"] = "kinderbetreuung",
        });

        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        await Handler(host).ExecuteAsync(job, CancellationToken.None);
        // A later round of the form still carries the old text, and one without a barrier adds nothing either.
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "leistungen", new() { ["leistungen"] = "Integrationskurs B1; VHS; läuft", ["strukturelleHuerden"] = Barrier }),
            CancellationToken.None);
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "leistungen", new() { ["leistungen"] = "Integrationskurs B1; VHS; läuft", ["strukturelleHuerden"] = "" }),
            CancellationToken.None);

        var findings = await host.WithAsync<KimDbContext, List<Kim.Workflows.Domain.Findings.StructuralFinding>>(db => db.Findings.AsNoTracking().ToListAsync());
        var finding = Assert.Single(findings);
        Assert.Equal((Kim.Workflows.Domain.Findings.FindingCategory.Kinderbetreuung, Barrier, "suedkreis", "oelde", file.Id, "cm.sued1"),
            (finding.Category, finding.Description, finding.DistrictId, finding.MunicipalityId, finding.LinkedCaseId, finding.ReportedBy));

        // Without an area the barrier is still reported, under „Sonstiges“.
        await Handler(host).ExecuteAsync(Job(file.CaseNumber, "leistungen", new() { ["leistungen"] = "Integrationskurs B1; VHS; läuft", ["strukturelleHuerden"] = "Keine Busverbindung" }),
            CancellationToken.None);
        Assert.Equal(Kim.Workflows.Domain.Findings.FindingCategory.Sonstiges,
            await host.WithAsync<KimDbContext, Kim.Workflows.Domain.Findings.FindingCategory>(db => db.Findings.Where(f => f.Description == "Keine Busverbindung").Select(f => f.Category).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_file_does_not_stop_the_process_but_an_unknown_entry_or_an_unplaceable_goal_is_an_incident()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();

        var gone = await Handler(host).ExecuteAsync(Job("KIM-2019-0001", "assessment", new() { ["lastAssessmentAt"] = "2026-03-02" }), CancellationToken.None);
        var unknown = await Handler(host).ExecuteAsync(Job(file.CaseNumber, "notizen", []), CancellationToken.None);
        var noArea = await Handler(host).ExecuteAsync(Job(file.CaseNumber, "ergebnisziele", new() { ["ergebnisziele"] = "Führerschein machen" }), CancellationToken.None);

        Assert.Null(gone.IncidentMessage);
        Assert.Null(gone.ErrorCode);
        Assert.StartsWith("Unbekannter Eintrag „notizen“", unknown.IncidentMessage, StringComparison.Ordinal);
        Assert.Equal("Die Zeile „Führerschein machen“ nennt keinen Lebensbereich, und das Feld „lebensbereich“ ist leer.", noArea.IncidentMessage);
        Assert.Empty((await FileAsync(host, file.Id)).Ergebnisziele);
    }
}
