using Kim.Workflows.Application.Cases;
using Kim.Workflows.Application.Partners;
using Kim.Workflows.Application.Tests.Support;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Consents;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kim.Workflows.Application.Tests.Cases;

public sealed class ConsentServiceTests
{
    private static async Task<ConsentInput> InputAsync(CaseFileHost host, params DataCategory[] categories) => new()
    {
        PartnerOrganisationIds = [await host.PartnerIdAsync(DemoPartners.Jobcenter), await host.PartnerIdAsync(DemoPartners.JugendamtKreis)],
        DataCategories = categories.Length > 0 ? categories : [DataCategory.Arbeit, DataCategory.FamilieSchuleKita],
        Purpose = "Hilfeplanung Übergang Schule – Ausbildung",
        RefusalConsequencesExplained = true,
        GivenOn = new DateOnly(2026, 3, 1),
        ValidUntil = new DateOnly(2027, 2, 28),
    };

    private static Task<CaseEditResult> RecordAsync(CaseFileHost host, KimUser user, Guid caseId, ConsentInput input) =>
        host.WithAsync<ConsentService, CaseEditResult>(s => s.RecordAsync(user, caseId, input));

    private static Task<CaseEditResult> UpdateAsync(CaseFileHost host, Guid caseId, Guid consentId, int version, ConsentInput input) =>
        host.WithAsync<ConsentService, CaseEditResult>(s => s.UpdateAsync(CaseFileHost.Sued1, caseId, consentId, version, input));

    private static Task<CaseEditResult> RevokeAsync(CaseFileHost host, Guid caseId, Guid consentId) =>
        host.WithAsync<ConsentService, CaseEditResult>(s => s.RevokeAsync(CaseFileHost.Sued1, caseId, consentId));

    private static Task<Schweigepflichtentbindung> StoredAsync(CaseFileHost host, Guid consentId) =>
        host.WithAsync<KimDbContext, Schweigepflichtentbindung>(db => db.Consents.AsNoTracking().SingleAsync(c => c.Id == consentId));

    private static Task<IReadOnlyList<ConsentVerdict>> ConferenceCheckAsync(CaseFileHost host, Fallakte file) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ConsentGuard>()
            .CheckAsync(sp.GetRequiredService<KimDbContext>(), file.CaseNumber, ["jugendamt-kreis-warendorf"], ["familie"], CancellationToken.None));

    [Fact]
    public async Task Recording_stores_the_declaration_as_entered_and_logs_the_creation()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var input = await InputAsync(host);

        var result = await RecordAsync(host, CaseFileHost.Sued1, file.Id, input);

        Assert.Equal(CaseEditStatus.Saved, result.Status);
        var stored = await StoredAsync(host, result.Id!.Value);
        Assert.Equal(input.PartnerOrganisationIds, stored.PartnerOrganisationIds);
        Assert.Equal([DataCategory.Arbeit, DataCategory.FamilieSchuleKita], stored.DataCategories);
        Assert.Equal("Hilfeplanung Übergang Schule – Ausbildung", stored.Purpose);
        Assert.Equal(new DateOnly(2027, 2, 28), stored.ValidUntil);
        Assert.Equal("cm.sued1", stored.RecordedBy);
        Assert.Null(stored.RevokedAt);
        var entry = Assert.Single(await host.AccessLogAsync(file.Id));
        Assert.Equal((AccessAction.Create, "cm.sued1", ConsentService.What), (entry.Action, entry.UserName, entry.What));
    }

    [Fact]
    public async Task Missing_and_contradicting_entries_give_German_errors_per_field_and_store_nothing()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();

        var empty = await RecordAsync(host, CaseFileHost.Sued1, file.Id, new ConsentInput { Purpose = "  " });
        Assert.Equal(CaseEditStatus.Invalid, empty.Status);
        Assert.Equal(
            [nameof(ConsentInput.DataCategories), nameof(ConsentInput.GivenOn), nameof(ConsentInput.PartnerOrganisationIds),
                nameof(ConsentInput.Purpose), nameof(ConsentInput.RefusalConsequencesExplained)],
            empty.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Partnerorganisation", empty.Errors[nameof(ConsentInput.PartnerOrganisationIds)], StringComparison.Ordinal);

        var contradicting = await RecordAsync(host, CaseFileHost.Sued1, file.Id, (await InputAsync(host)) with
        {
            PartnerOrganisationIds = [Guid.NewGuid()], GivenOn = new DateOnly(2026, 3, 3), ValidUntil = new DateOnly(2026, 1, 1),
        });
        Assert.Contains("nicht im Partnerverzeichnis", contradicting.Errors[nameof(ConsentInput.PartnerOrganisationIds)], StringComparison.Ordinal);
        Assert.Equal("Das Datum der Erklärung darf nicht in der Zukunft liegen.", contradicting.Errors[nameof(ConsentInput.GivenOn)]);

        var backwards = await RecordAsync(host, CaseFileHost.Sued1, file.Id, (await InputAsync(host)) with { ValidUntil = new DateOnly(2026, 2, 1) });
        Assert.Equal([nameof(ConsentInput.ValidUntil)], backwards.Errors.Keys);
        Assert.Equal(0, await host.WithAsync<KimDbContext, int>(db => db.Consents.CountAsync()));
    }

    [Fact]
    public async Task Special_categories_count_only_when_the_declaration_names_them_explicitly()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var input = await InputAsync(host, DataCategory.AllgemeineFalldaten, DataCategory.Gesundheit);

        var unconfirmed = await RecordAsync(host, CaseFileHost.Sued1, file.Id, input);
        Assert.Equal([nameof(ConsentInput.SpecialCategoriesNamedExplicitly)], unconfirmed.Errors.Keys);

        var confirmed = await RecordAsync(host, CaseFileHost.Sued1, file.Id, input with { SpecialCategoriesNamedExplicitly = true });
        Assert.True(confirmed.Succeeded);
        Assert.Contains(DataCategory.Gesundheit, (await StoredAsync(host, confirmed.Id!.Value)).DataCategories);
    }

    [Fact]
    public async Task A_case_manager_of_another_district_is_refused_and_the_refusal_is_logged()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var recorded = await RecordAsync(host, CaseFileHost.Sued1, file.Id, await InputAsync(host));

        var record = await RecordAsync(host, CaseFileHost.Ahlen, file.Id, await InputAsync(host));
        var revoke = await host.WithAsync<ConsentService, CaseEditResult>(s => s.RevokeAsync(CaseFileHost.Ahlen, file.Id, recorded.Id!.Value));

        Assert.Equal(CaseEditStatus.Denied, record.Status);
        Assert.Equal("Die Fallakte gehört zu einem anderen Bezirk.", record.Message);
        Assert.Equal(CaseEditStatus.Denied, revoke.Status);
        Assert.Null((await StoredAsync(host, recorded.Id!.Value)).RevokedAt);
        Assert.Equal(1, await host.WithAsync<KimDbContext, int>(db => db.Consents.CountAsync()));
        var refusals = (await host.AccessLogAsync(file.Id)).Where(e => e.Action == AccessAction.Denied).ToList();
        Assert.Equal([(ConsentService.What, "cm.ahlen"), (ConsentService.WhatRevocation, "cm.ahlen")], refusals.Select(e => (e.What, e.UserName)));
    }

    [Fact]
    public async Task An_edit_based_on_an_older_version_is_a_conflict_and_keeps_the_first_edit()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var input = await InputAsync(host);
        var recorded = await RecordAsync(host, CaseFileHost.Sued1, file.Id, input);
        var loadedVersion = recorded.Version!.Value;

        var first = await UpdateAsync(host, file.Id, recorded.Id!.Value, loadedVersion, input with { Purpose = "Erste Änderung" });
        var second = await UpdateAsync(host, file.Id, recorded.Id!.Value, loadedVersion, input with { Purpose = "Zweite Änderung" });

        Assert.Equal((CaseEditStatus.Saved, loadedVersion + 1), (first.Status, first.Version));
        Assert.Equal(CaseEditStatus.Conflict, second.Status);
        Assert.Equal(CaseEditResult.ConflictMessage, second.Message);
        Assert.Equal("Erste Änderung", (await StoredAsync(host, recorded.Id!.Value)).Purpose);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e.Action == AccessAction.Update && e.What == ConsentService.What);
    }

    [Fact]
    public async Task Revocation_keeps_the_record_as_evidence_and_ends_editing()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var input = await InputAsync(host);
        var recorded = await RecordAsync(host, CaseFileHost.Sued1, file.Id, input);

        var revoked = await RevokeAsync(host, file.Id, recorded.Id!.Value);
        var again = await RevokeAsync(host, file.Id, recorded.Id!.Value);
        var edit = await UpdateAsync(host, file.Id, recorded.Id!.Value, revoked.Version!.Value, input with { Purpose = "nachträglich" });

        Assert.Equal(CaseEditStatus.Saved, revoked.Status);
        var stored = await StoredAsync(host, recorded.Id!.Value);
        Assert.Equal(host.Time.GetUtcNow(), stored.RevokedAt);
        Assert.Equal(input.Purpose, stored.Purpose);
        Assert.Equal((CaseEditStatus.Conflict, "Die Schweigepflichtentbindung wurde bereits am 02.03.2026 widerrufen."), (again.Status, again.Message));
        Assert.Equal(CaseEditStatus.Conflict, edit.Status);
        Assert.Contains("widerrufen und kann nicht mehr geändert werden", edit.Message, StringComparison.Ordinal);
        Assert.Contains(await host.AccessLogAsync(file.Id), e => e.Action == AccessAction.Update && e.What == ConsentService.WhatRevocation);
    }

    [Fact]
    public async Task A_revocation_takes_effect_at_once_for_the_Fallkonferenz_consent_check()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var recorded = await RecordAsync(host, CaseFileHost.Sued1, file.Id, await InputAsync(host));
        Assert.True(Assert.Single(await ConferenceCheckAsync(host, file)).Allowed);

        await RevokeAsync(host, file.Id, recorded.Id!.Value);

        var verdict = Assert.Single(await ConferenceCheckAsync(host, file));
        Assert.False(verdict.Allowed);
        Assert.Equal("Die Schweigepflichtentbindung wurde am 02.03.2026 widerrufen.", verdict.Reason);
    }

    [Fact]
    public async Task A_closed_file_takes_no_new_consent_but_a_revocation_still()
    {
        await using var host = await CaseFileHost.StartAsync();
        var file = await host.OpenCaseAsync();
        var recorded = await RecordAsync(host, CaseFileHost.Sued1, file.Id, await InputAsync(host));
        await host.WithAsync<KimDbContext, int>(async db =>
        {
            var stored = await db.Cases.Include(c => c.PhaseHistory).SingleAsync(c => c.Id == file.Id);
            stored.Close(ClosingReason.ZieleErreicht, GoalAchievement.VollstaendigErreicht, host.Time.GetUtcNow());
            db.Entry(stored.PhaseHistory[^1]).State = EntityState.Added;
            return await db.SaveChangesAsync();
        });

        var record = await RecordAsync(host, CaseFileHost.Sued1, file.Id, await InputAsync(host));
        var revoke = await RevokeAsync(host, file.Id, recorded.Id!.Value);

        Assert.Equal(CaseEditStatus.Conflict, record.Status);
        Assert.Contains("abgeschlossen", record.Message, StringComparison.Ordinal);
        Assert.Equal(CaseEditStatus.Saved, revoke.Status);
    }
}
