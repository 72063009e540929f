using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Time;
using Kim.Workflows.Web.Cases;

namespace Kim.Workflows.Web.Api;

/// <summary>The API summary of a case file read under the access rules (no client data).</summary>
internal static class CaseSummaries
{
    public static CaseSummary Of(CaseFileRead read, DateTimeOffset now)
    {
        var file = read.File!;
        var today = KimCalendar.DateOf(now);
        string PartnerName(Guid id) => read.Partners.TryGetValue(id, out var p) ? p.Name : "unbekannter Partner";
        return new CaseSummary(
            file.Id, file.CaseNumber, file.DistrictId, read.DistrictName, read.MunicipalityName, file.Phase, file.ResponsibleCaseManager, file.DeputyCaseManager,
            file.OpenedAt, file.LastAssessmentOn, file.NextReassessmentDue, file.ClosedAt, file.ClosingReason, file.GoalAchievement,
            [.. read.Conferences.Select(c => new ConferenceSummary(c.Id, c.Status, c.ScheduledAt, c.DurationMinutes, c.Place, c.VideoLink, c.ClientParticipates,
                [.. c.Invitations.Select(i => new InvitationSummary(i.PartnerOrganisationId, PartnerName(i.PartnerOrganisationId), i.Answer, i.AnsweredAt, i.NotInvitedReason))],
                c.AgreedSteps.Count))],
            [.. read.Consultations.Select(c => new ConsultationSummary(c.Id, c.Authority, c.Topic, c.Status, c.Outcome, c.AskedAt, c.AnsweredAt, c.DueOn))],
            [.. file.Consents.OrderBy(c => c.GivenOn).Select(c => new ConsentSummary(c.Id, c.PartnerOrganisationIds, [.. c.PartnerOrganisationIds.Select(PartnerName)],
                c.DataCategories, c.Purpose, c.GivenOn, c.ValidUntil, c.RevokedAt, CaseLabels.ConsentValid(c, now, today), CaseLabels.ConsentState(c, now, today)))]);
    }
}
