using Kim.Workflows.Domain.Clients;
using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Domain.Persistence;

namespace Kim.Workflows.Domain.Cases;

/// <summary>
/// Opens a case: routes the municipality to its district, draws a case number and stores the file
/// in phase Zugangssteuerung. The caller then starts the case-management cycle with the case
/// number as business key and <see cref="DistrictRoute.CaseManagementGroup"/> as candidate group.
/// </summary>
public sealed class CaseIntakeService(KimDbContext db, CaseNumberGenerator numbers, DistrictRouter router, TimeProvider time)
{
    public async Task<(Fallakte File, DistrictRoute Route)> OpenAsync(NewCaseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = router.Route(request.Municipality);
        var now = time.GetUtcNow();
        var file = new Fallakte
        {
            CaseNumber = await numbers.NextAsync(cancellationToken),
            DistrictId = route.DistrictId,
            MunicipalityId = route.MunicipalityId,
            OpenedAt = now,
            ReferralSource = request.ReferralSource,
            ReferringPartnerId = request.ReferringPartnerId,
            LegalDomains = request.LegalDomains,
            ResponsibleCaseManager = request.ResponsibleCaseManager,
            DeputyCaseManager = request.DeputyCaseManager,
            ReassessmentIntervalMonths = request.ReassessmentIntervalMonths ?? ReassessmentDefaults.IntervalMonths,
        };
        file.Client = new Client
        {
            CaseId = file.Id,
            GivenName = request.GivenName.Trim(),
            FamilyName = request.FamilyName.Trim(),
            BirthDate = request.BirthDate,
            Gender = request.Gender,
            Nationality = request.Nationality,
            Languages = [.. request.Languages],
            InterpreterNeeded = request.InterpreterNeeded,
            InterpreterLanguage = request.InterpreterLanguage,
            Phone = request.Phone,
            Email = request.Email,
            Street = request.Street,
            PostalCode = request.PostalCode,
            City = route.MunicipalityName,
            Aufenthaltsstatus = request.Aufenthaltsstatus,
            AufenthaltsstatusValidUntil = request.AufenthaltsstatusValidUntil,
            EntryDate = request.EntryDate,
        };
        file.MoveTo(CasePhase.Zugangssteuerung, now);
        db.Cases.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return (file, route);
    }
}
