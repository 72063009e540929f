using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Domain.Consents;

/// <summary>
/// May data of category X be shared with partner P for case C at time t? Yes only if one consent of
/// that case is given, not revoked, not expired and covers both the partner and the category.
/// Special categories (Art. 9/10 DSGVO) are covered only when named explicitly.
/// </summary>
public sealed class ConsentChecker
{
    public ConsentDecision Check(
        IEnumerable<Schweigepflichtentbindung> consents,
        Guid caseId,
        Guid partnerOrganisationId,
        DataCategory category,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(consents);
        var ofCase = consents.Where(c => c.CaseId == caseId).ToList();
        if (ofCase.Count == 0)
        {
            return ConsentDecision.Deny("Für diesen Fall liegt keine Schweigepflichtentbindung vor.");
        }

        var forPartner = ofCase.Where(c => c.PartnerOrganisationIds.Contains(partnerOrganisationId)).ToList();
        if (forPartner.Count == 0)
        {
            return ConsentDecision.Deny("Die Schweigepflichtentbindung nennt diesen Partner nicht.");
        }

        // The most telling reason wins when several consents fail for different reasons:
        // "revoked" matters more to the case manager than "another consent lacks the category".
        string? reason = null;
        var today = KimCalendar.DateOf(at);
        foreach (var consent in forPartner.OrderByDescending(c => c.GivenOn))
        {
            var failure = Validity(consent, at, today) ?? Coverage(consent, category);
            if (failure is null)
            {
                return ConsentDecision.Allow(consent.Id);
            }

            reason ??= failure;
        }

        return ConsentDecision.Deny(reason!);
    }

    /// <summary>Checks every category at once; allowed only if all are covered (a conference shares several).</summary>
    public ConsentDecision CheckAll(
        IEnumerable<Schweigepflichtentbindung> consents,
        Guid caseId,
        Guid partnerOrganisationId,
        IEnumerable<DataCategory> categories,
        DateTimeOffset at)
    {
        var list = consents.ToList();
        ConsentDecision? last = null;
        foreach (var category in categories)
        {
            last = Check(list, caseId, partnerOrganisationId, category, at);
            if (!last.Allowed)
            {
                return last;
            }
        }

        return last ?? ConsentDecision.Deny("Es wurde keine Datenkategorie angegeben.");
    }

    private static string? Validity(Schweigepflichtentbindung consent, DateTimeOffset at, DateOnly today)
    {
        if (consent.RevokedAt is { } revoked && revoked <= at)
        {
            return $"Die Schweigepflichtentbindung wurde am {KimCalendar.DateOf(revoked):dd.MM.yyyy} widerrufen.";
        }

        if (consent.GivenOn > today)
        {
            return $"Die Schweigepflichtentbindung gilt erst ab dem {consent.GivenOn:dd.MM.yyyy}.";
        }

        if (consent.ValidUntil is { } until && until < today)
        {
            return $"Die Schweigepflichtentbindung ist am {until:dd.MM.yyyy} abgelaufen.";
        }

        return null;
    }

    private static string? Coverage(Schweigepflichtentbindung consent, DataCategory category)
    {
        if (consent.DataCategories.Contains(category))
        {
            return null;
        }

        if (DataCategories.IsSpecial(category))
        {
            return $"Besondere Kategorie „{DataCategories.GermanName(category)}“ (Art. 9/10 DSGVO) ist in der Schweigepflichtentbindung nicht ausdrücklich genannt.";
        }

        return consent.DataCategories.Contains(DataCategory.AllgemeineFalldaten) && category != DataCategory.AllgemeineFalldaten
            ? null
            : $"Die Datenkategorie „{DataCategories.GermanName(category)}“ ist von der Schweigepflichtentbindung nicht umfasst.";
    }
}
