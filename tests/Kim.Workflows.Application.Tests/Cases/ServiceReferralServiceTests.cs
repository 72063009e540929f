using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Kim.Workflows.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class ServiceReferralServiceTests
{
    private static readonly ServiceReferralInput Course = new() { Title = "Integrationskurs B1", ProviderName = "VHS Oelde", Status = ServiceStatus.Angefragt };

    private static Task<CaseEditResult> WithServicesAsync(CaseFileHost host, Func<ServiceReferralService, Task<CaseEditResult>> use) => host.WithAsync(use);

    private static Task<ServiceReferral> ServiceAsync(CaseFileHost host, Guid id) =>
        host.WithAsync<KimDbContext, ServiceReferral>(db => db.Services.AsNoTracking().SingleAsync(s => s.Id == id));

    [Fact]
    public async Task A_service_is_steered_from_request_to_finish_and_a_stale_edit_is_a_conflict()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var u = CaseFileHost.Sued1;

        var added = await WithServicesAsync(host, s => s.AddAsync(u, file.Id, Course));
        var running = await WithServicesAsync(host, s => s.UpdateAsync(u, file.Id, added.Id!.Value, added.Version!.Value,
            Course with { Status = ServiceStatus.Laufend, StartedOn = new DateOnly(2026, 2, 2) }));
        var stale = await WithServicesAsync(host, s => s.UpdateAsync(u, file.Id, added.Id!.Value, added.Version!.Value, Course));
        var done = await WithServicesAsync(host, s => s.UpdateAsync(u, file.Id, added.Id!.Value, running.Version!.Value,
            Course with { Status = ServiceStatus.Abgeschlossen, StartedOn = new DateOnly(2026, 2, 2), EndedOn = new DateOnly(2026, 3, 1), Remarks = " B1 bestanden " }));

        Assert.Equal([CaseEditStatus.Saved, CaseEditStatus.Saved, CaseEditStatus.Conflict, CaseEditStatus.Saved], [added.Status, running.Status, stale.Status, done.Status]);
        var stored = await ServiceAsync(host, added.Id!.Value);
        Assert.Equal((ServiceStatus.Abgeschlossen, new DateOnly(2026, 3, 1), "B1 bestanden", 2), (stored.Status, stored.EndedOn, stored.Remarks, stored.Version));
        Assert.Equal([(AccessAction.Create, "Leistung"), (AccessAction.Update, "Leistung"), (AccessAction.Update, "Leistung")],
            (await host.AccessLogAsync(file.Id)).Select(e => (e.Action, e.What)));
    }

    [Fact]
    public async Task A_referral_needs_its_legal_domain_a_provider_and_consistent_dates()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var jobcenter = await host.PartnerIdAsync(DemoPartners.Jobcenter);
        var referral = new ServiceReferralInput { Kind = ServiceKind.Verweisberatung, Title = "Verweis an das Fallmanagement SGB II", ProviderPartnerId = jobcenter };

        var noTarget = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, referral));
        var broken = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, new ServiceReferralInput
        {
            Title = "", TargetRechtskreis = Rechtskreis.SgbII, Status = ServiceStatus.Abgebrochen, StartedOn = new DateOnly(2026, 2, 1),
        }));
        var endBeforeStart = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id,
            Course with { Status = ServiceStatus.Abgeschlossen, StartedOn = new DateOnly(2026, 2, 10), EndedOn = new DateOnly(2026, 2, 1) }));
        var endWhilePlanned = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, Course with { EndedOn = new DateOnly(2026, 2, 1) }));
        var unknownPartner = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, Course with { ProviderPartnerId = Guid.NewGuid() }));
        var saved = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, referral with { TargetRechtskreis = Rechtskreis.SgbII }));

        Assert.StartsWith("Bei einer Verweisberatung bitte den Rechtskreis angeben", noTarget.Errors["TargetRechtskreis"], StringComparison.Ordinal);
        Assert.Equal(["EndedOn", "ProviderName", "TargetRechtskreis", "Title"], broken.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Das Ende darf nicht vor dem Beginn liegen.", endBeforeStart.Errors["EndedOn"]);
        Assert.StartsWith("Ein Enddatum passt nur zu", endWhilePlanned.Errors["EndedOn"], StringComparison.Ordinal);
        Assert.Equal("Dieser Anbieter steht nicht im Partnerverzeichnis.", unknownPartner.Errors["ProviderPartnerId"]);
        var stored = await ServiceAsync(host, saved.Id!.Value);
        Assert.Equal((ServiceKind.Verweisberatung, Rechtskreis.SgbII, jobcenter), (stored.Kind, stored.TargetRechtskreis, stored.ProviderPartnerId));
    }

    [Fact]
    public async Task Another_district_is_refused_and_a_closed_file_takes_no_service()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var denied = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Ahlen, file.Id, Course));
        await host.CloseAsync(file.Id);
        var closed = await WithServicesAsync(host, s => s.AddAsync(CaseFileHost.Sued1, file.Id, Course));

        Assert.Equal(CaseEditStatus.Denied, denied.Status);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e is { Action: AccessAction.Denied, UserName: "cm.ahlen", What: "Leistung" });
        Assert.Equal(CaseEditStatus.Conflict, closed.Status);
        Assert.Empty(await host.WithAsync<KimDbContext, List<ServiceReferral>>(db => db.Services.Where(s => s.CaseId == file.Id).ToListAsync()));
    }
}
