using System.Globalization;
using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Persistence;
using Kim.Workflows.Domain.Retention;
using Kim.Workflows.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Domain.Privacy;

/// <summary>
/// Builds the Art. 15 export of one case for whoever may read the case (the responsible case
/// manager or the deputy answer the request); the export is written to the access log.
/// </summary>
public sealed class CaseDataExporter(KimDbContext db, CaseAccessPolicy policy, RetentionPolicy retention, AccessLog accessLog, TimeProvider time)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public async Task<CaseDataExport?> ExportAsync(KimUser user, string caseNumber, string format, CancellationToken cancellationToken = default)
    {
        var file = await db.CaseFiles.AsNoTracking().FirstOrDefaultAsync(c => c.CaseNumber == caseNumber.Trim(), cancellationToken);
        if (file is null)
        {
            return null;
        }

        var decision = policy.CanReadCase(user, file);
        accessLog.Record(user, decision.Allowed ? AccessAction.Export : AccessAction.Denied, file.Id, file.CaseNumber, "Auskunft Art. 15 DSGVO (" + format + ")");
        await db.SaveChangesAsync(cancellationToken);
        if (!decision.Allowed)
        {
            throw new UnauthorizedAccessException(decision.Reason);
        }

        var consultations = await db.Consultations.AsNoTracking().Where(c => c.CaseId == file.Id).ToListAsync(cancellationToken);
        var conferences = await db.Conferences.AsNoTracking().Include(c => c.Invitations).Where(c => c.CaseId == file.Id).ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var accesses = await db.AccessLog.AsNoTracking().Where(e => e.CaseId == file.Id).OrderBy(e => e.At).ToListAsync(cancellationToken);
        var requests = await db.DataSubjectRequests.AsNoTracking().Where(r => r.CaseId == file.Id).ToListAsync(cancellationToken);

        var sections = new List<ExportSection>();
        if (file.Client is { } c)
        {
            sections.Add(One("Person", [
                F("Vorname", c.GivenName), F("Nachname", c.FamilyName), F("Geburtsdatum", D(c.BirthDate)), F("Geschlecht", c.Gender?.ToString()),
                F("Staatsangehörigkeit", c.Nationality), F("Sprachen", string.Join(", ", c.Languages)),
                F("Dolmetschung", c.InterpreterNeeded ? "ja" + (c.InterpreterLanguage is null ? "" : $" ({c.InterpreterLanguage})") : "nein"),
                F("Telefon", c.Phone), F("E-Mail", c.Email), F("Anschrift", Join(c.Street, Join(c.PostalCode, c.City))),
                F("Aufenthaltsstatus", c.Aufenthaltsstatus.ToString()), F("gültig bis", D(c.AufenthaltsstatusValidUntil)), F("Einreise", D(c.EntryDate))]));
        }

        sections.Add(One("Fallakte", [
            F("Fallnummer", file.CaseNumber), F("Bezirk", file.DistrictId), F("Gemeinde", file.MunicipalityId), F("Eröffnet", T(file.OpenedAt)),
            F("Phase", file.Phase.ToString()), F("Zugang über", file.ReferralSource.ToString()), F("Rechtskreise", file.LegalDomains.ToString()),
            F("Fallmanagement", file.ResponsibleCaseManager), F("Vertretung", file.DeputyCaseManager), F("Abgeschlossen", T(file.ClosedAt)),
            F("Abschlussgrund", file.ClosingReason?.ToString()), F("Zielerreichung", file.GoalAchievement?.ToString()), F("Bewertung", file.GoalAchievementNote)]));
        sections.Add(Many("Haushalt", file.HouseholdMembers.Select(m => (IReadOnlyList<ExportField>)[
            F("Vorname", m.GivenName), F("Nachname", m.FamilyName), F("Geburtsdatum", D(m.BirthDate)), F("Beziehung", m.Relationship.ToString())])));
        sections.Add(Many("Assessments", file.Assessments.OrderBy(a => a.AssessedOn).SelectMany(a => a.Areas.Select(area => (IReadOnlyList<ExportField>)[
            F("Datum", D(a.AssessedOn)), F("Re-Assessment", a.IsReassessment ? "ja" : "nein"), F("Lebensbereich", area.Lebensbereich.ToString()),
            F("Bedarf", area.NeedLevel.ToString()), F("Bedarfe", area.Needs), F("Ressourcen", area.Resources)]))));
        sections.Add(Many("Assessments (Zusammenfassung)", file.Assessments.OrderBy(a => a.AssessedOn).Select(a => (IReadOnlyList<ExportField>)[
            F("Datum", D(a.AssessedOn)), F("Re-Assessment", a.IsReassessment ? "ja" : "nein"), F("Erfasst von", a.AssessedBy), F("Zusammenfassung", a.Summary)])));
        sections.Add(Many("Ziele", file.Ergebnisziele.Select(g => (IReadOnlyList<ExportField>)[
            F("Lebensbereich", g.Lebensbereich.ToString()), F("Ergebnisziel", g.Description), F("Stand", g.Status.ToString()),
            F("Zielerreichung (%)", g.AchievementPercent.ToString(German)),
            F("Handlungsziele", string.Join("; ", g.Handlungsziele.Select(h => h.Description + (h.Responsible is null ? "" : $" ({h.Responsible})"))))])));
        sections.Add(Many("Zielvereinbarungen", file.Zielvereinbarungen.Select(z => (IReadOnlyList<ExportField>)[
            F("Vereinbart am", D(z.AgreedOn)), F("Unterschrieben", z.SignedByClient ? "ja" : "nein"), F("Bemerkungen", z.Remarks)])));
        sections.Add(Many("Leistungen und Verweisberatungen", file.Services.Select(s => (IReadOnlyList<ExportField>)[
            F("Art", s.Kind.ToString()), F("Titel", s.Title), F("Anbieter", s.ProviderPartnerId is { } p ? partners.GetValueOrDefault(p) : s.ProviderName),
            F("Stand", s.Status.ToString()), F("Beginn", D(s.StartedOn)), F("Ende", D(s.EndedOn)), F("Bemerkungen", s.Remarks)])));
        sections.Add(Many("Kontakte", file.Contacts.OrderBy(k => k.OccurredAt).Select(k => (IReadOnlyList<ExportField>)[
            F("Zeitpunkt", T(k.OccurredAt)), F("Art", k.Kind.ToString()), F("Ort", k.Location), F("Inhalt", k.Summary)])));
        sections.Add(Many("Vermerke", file.Notes.OrderBy(n => n.CreatedAt).Select(n => (IReadOnlyList<ExportField>)[
            F("Zeitpunkt", T(n.CreatedAt)), F("Verfasst von", n.Author), F("Text", n.Text)])));
        sections.Add(Many("Schweigepflichtentbindungen", file.Consents.Select(s => (IReadOnlyList<ExportField>)[
            F("Zweck", s.Purpose), F("Empfänger", string.Join(", ", s.PartnerOrganisationIds.Select(p => partners.GetValueOrDefault(p) ?? p.ToString()))),
            F("Datenkategorien", string.Join(", ", s.DataCategories)), F("Erteilt am", D(s.GivenOn)), F("Gültig bis", D(s.ValidUntil)), F("Widerrufen", T(s.RevokedAt))])));
        sections.Add(Many("Anfragen an Ausländer- und Einbürgerungsbehörde", consultations.Select(q => (IReadOnlyList<ExportField>)[
            F("Behörde", q.Authority.ToString()), F("Thema", q.Topic.ToString()), F("Frage", q.Question), F("Gestellt", T(q.AskedAt)),
            F("Ergebnis", q.Outcome?.ToString()), F("Antwort", q.AnswerText), F("Beantwortet", T(q.AnsweredAt))])));
        sections.Add(Many("Fallkonferenzen", conferences.Select(k => (IReadOnlyList<ExportField>)[
            F("Termin", T(k.ScheduledAt)), F("Stand", k.Status.ToString()), F("Tagesordnung", k.Agenda),
            F("Eingeladen", string.Join(", ", k.Invitations.Select(i => partners.GetValueOrDefault(i.PartnerOrganisationId) ?? "Partner"))),
            F("Protokoll", k.ProtocolSummary)])));
        sections.Add(Many("Zugriffe auf die Fallakte", accesses.Select(a => (IReadOnlyList<ExportField>)[
            F("Zeitpunkt", T(a.At)), F("Person", a.UserName), F("Rolle", AccessActionLabels.Of(a.Role)), F("Vorgang", AccessActionLabels.Of(a.Action)), F("Bereich", a.What)])));
        sections.Add(Many("Anträge nach Art. 15–21 DSGVO", requests.Select(r => (IReadOnlyList<ExportField>)[
            F("Art", r.Kind.ToString()), F("Eingegangen", D(r.ReceivedOn)), F("Anliegen", r.Description), F("Stand", r.Status.ToString()), F("Ergebnis", r.Resolution)])));

        var keepUntil = retention.KeepUntil(file);
        IReadOnlyList<ExportField> information =
        [
            F("Verantwortlicher", "Kreis Warendorf, Kommunales Integrationszentrum (Kommunales Integrationsmanagement)"),
            F("Zwecke", "Case Management im Kommunalen Integrationsmanagement (§ 9 TIntG NRW): Beratung, Hilfeplanung, Vermittlung von Leistungen, Abstimmung mit Netzwerkpartnern"),
            F("Empfänger", "Netzwerkpartner und Behörden nur mit Ihrer Schweigepflichtentbindung (siehe dort) sowie die Ausländer- und Einbürgerungsbehörde bei Anfragen"),
            F("Speicherdauer", keepUntil is { } until ? $"bis {D(until)}, danach Anonymisierung" : "bis zum Ende des 5. Kalenderjahres nach Abschluss des Falls, danach Anonymisierung"),
            F("Herkunft der Daten", "von Ihnen selbst; Zugang über: " + file.ReferralSource),
            F("Ihre Rechte", "Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Widerspruch (Art. 21), Widerruf erteilter Einwilligungen, Beschwerde bei der LDI NRW (Art. 77)"),
        ];
        return new CaseDataExport(file.CaseNumber, time.GetUtcNow(), user.UserName, information, sections);
    }

    private static ExportField F(string label, string? value) => new(label, string.IsNullOrWhiteSpace(value) ? null : value);

    private static ExportSection One(string title, IReadOnlyList<ExportField> fields) => new(title, [fields]);

    private static ExportSection Many(string title, IEnumerable<IReadOnlyList<ExportField>> entries) => new(title, [.. entries]);

    private static string? D(DateOnly? date) => date?.ToString("dd.MM.yyyy", German);

    private static string? T(DateTimeOffset? instant) => instant is { } i ? KimCalendar.ToBerlin(i).ToString("dd.MM.yyyy HH:mm", German) : null;

    private static string? Join(string? a, string? b) => string.Join(" ", new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } s ? s : null;
}
