using Kim.Workflows.Domain.Consents;

namespace Kim.Workflows.Domain.Tests.Consents;

public sealed class ConsentCheckerTests
{
    private static readonly Guid Case = Guid.NewGuid();
    private static readonly Guid Jobcenter = Guid.NewGuid();
    private static readonly Guid Jugendamt = Guid.NewGuid();
    private static readonly DateTimeOffset Now = TestClock.Berlin(2026, 3, 15, 11);
    private readonly ConsentChecker _checker = new();

    private static Schweigepflichtentbindung Consent(params DataCategory[] categories) => new()
    {
        CaseId = Case,
        PartnerOrganisationIds = [Jobcenter],
        DataCategories = categories.Length == 0 ? [DataCategory.AllgemeineFalldaten] : [.. categories],
        Purpose = "Fallkonferenz",
        GivenOn = new DateOnly(2026, 1, 10),
        ValidUntil = new DateOnly(2027, 1, 9),
    };

    private ConsentDecision Check(Schweigepflichtentbindung consent, DataCategory category = DataCategory.Arbeit, Guid? partner = null, DateTimeOffset? at = null) =>
        _checker.Check([consent], Case, partner ?? Jobcenter, category, at ?? Now);

    [Fact]
    public void Valid_consent_for_partner_and_category_allows_sharing()
    {
        var consent = Consent(DataCategory.Arbeit);
        var decision = Check(consent);
        Assert.True(decision.Allowed);
        Assert.Equal(consent.Id, decision.ConsentId);
        Assert.Null(decision.Reason);
    }

    [Fact]
    public void Revoked_yesterday_denies_with_date_in_reason()
    {
        var consent = Consent();
        consent.RevokedAt = Now.AddDays(-1);
        var decision = Check(consent);
        Assert.False(decision.Allowed);
        Assert.Contains("widerrufen", decision.Reason);
        Assert.Contains("14.03.2026", decision.Reason);
    }

    [Fact]
    public void Revocation_takes_effect_at_the_instant_it_is_recorded()
    {
        var consent = Consent();
        consent.RevokedAt = Now.AddMinutes(5);
        Assert.True(Check(consent, at: Now).Allowed);
        Assert.False(Check(consent, at: Now.AddMinutes(5)).Allowed);
    }

    [Fact]
    public void Expiring_today_is_still_valid_until_midnight_in_Warendorf()
    {
        var consent = Consent();
        consent.ValidUntil = new DateOnly(2026, 3, 15);
        Assert.True(Check(consent, at: TestClock.Berlin(2026, 3, 15, 23, 30)).Allowed);

        // 00:30 on 16 March in Warendorf is still 15 March in UTC: the local date decides.
        var decision = Check(consent, at: TestClock.Berlin(2026, 3, 16, 0, 30));
        Assert.False(decision.Allowed);
        Assert.Contains("abgelaufen", decision.Reason);
    }

    [Fact]
    public void Expired_yesterday_denies()
    {
        var consent = Consent();
        consent.ValidUntil = new DateOnly(2026, 3, 14);
        var decision = Check(consent);
        Assert.False(decision.Allowed);
        Assert.Contains("am 14.03.2026 abgelaufen", decision.Reason);
    }

    [Fact]
    public void Not_yet_given_denies()
    {
        var consent = Consent();
        consent.GivenOn = new DateOnly(2026, 3, 16);
        Assert.Contains("erst ab", Check(consent).Reason);
    }

    [Fact]
    public void Wrong_partner_denies()
    {
        var decision = Check(Consent(), partner: Jugendamt);
        Assert.False(decision.Allowed);
        Assert.Contains("nennt diesen Partner nicht", decision.Reason);
    }

    [Fact]
    public void Consent_of_another_case_does_not_count()
    {
        var consent = Consent();
        consent.CaseId = Guid.NewGuid();
        Assert.Contains("keine Schweigepflichtentbindung", Check(consent).Reason);
    }

    [Theory]
    [InlineData(DataCategory.Gesundheit)]
    [InlineData(DataCategory.ReligioeseUeberzeugung)]
    [InlineData(DataCategory.Strafrechtliches)]
    public void Special_category_is_not_covered_by_general_case_data(DataCategory special)
    {
        var decision = Check(Consent(DataCategory.AllgemeineFalldaten), special);
        Assert.False(decision.Allowed);
        Assert.Contains("Art. 9/10 DSGVO", decision.Reason);
        Assert.Contains("nicht ausdrücklich genannt", decision.Reason);
    }

    [Fact]
    public void Special_category_named_explicitly_is_covered()
    {
        Assert.True(Check(Consent(DataCategory.AllgemeineFalldaten, DataCategory.Gesundheit), DataCategory.Gesundheit).Allowed);
    }

    [Fact]
    public void General_case_data_covers_ordinary_categories()
    {
        Assert.True(Check(Consent(DataCategory.AllgemeineFalldaten), DataCategory.Wohnen).Allowed);
    }

    [Fact]
    public void Ordinary_category_not_named_is_not_covered()
    {
        var decision = Check(Consent(DataCategory.Arbeit), DataCategory.Wohnen);
        Assert.False(decision.Allowed);
        Assert.Contains("„Wohnen“ ist von der Schweigepflichtentbindung nicht umfasst", decision.Reason);
    }

    [Fact]
    public void A_valid_second_consent_wins_over_a_revoked_one()
    {
        var revoked = Consent();
        revoked.RevokedAt = Now.AddDays(-10);
        var renewed = Consent();
        renewed.GivenOn = new DateOnly(2026, 3, 1);
        var decision = _checker.Check([revoked, renewed], Case, Jobcenter, DataCategory.Arbeit, Now);
        Assert.True(decision.Allowed);
        Assert.Equal(renewed.Id, decision.ConsentId);
    }

    [Fact]
    public void Reason_prefers_the_newest_consent()
    {
        var old = Consent();
        old.ValidUntil = new DateOnly(2026, 2, 1);
        var revoked = Consent();
        revoked.GivenOn = new DateOnly(2026, 2, 15);
        revoked.RevokedAt = Now.AddHours(-2);
        var decision = _checker.Check([old, revoked], Case, Jobcenter, DataCategory.Arbeit, Now);
        Assert.Contains("widerrufen", decision.Reason);
    }

    [Fact]
    public void CheckAll_requires_every_category()
    {
        var consent = Consent(DataCategory.Arbeit, DataCategory.Sprache);
        Assert.True(_checker.CheckAll([consent], Case, Jobcenter, [DataCategory.Arbeit, DataCategory.Sprache], Now).Allowed);
        var decision = _checker.CheckAll([consent], Case, Jobcenter, [DataCategory.Arbeit, DataCategory.Gesundheit], Now);
        Assert.False(decision.Allowed);
        Assert.Contains("Gesundheit", decision.Reason);
    }

    [Fact]
    public void Special_categories_are_exactly_the_art_9_and_10_ones()
    {
        var special = Enum.GetValues<DataCategory>().Where(DataCategories.IsSpecial).ToList();
        Assert.Equal(
            [DataCategory.Gesundheit, DataCategory.ReligioeseUeberzeugung, DataCategory.EthnischeHerkunft, DataCategory.SexuelleOrientierung, DataCategory.Strafrechtliches],
            special);
    }
}
