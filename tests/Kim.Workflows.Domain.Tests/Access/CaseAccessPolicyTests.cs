using Kim.Workflows.Domain.Access;
using Kim.Workflows.Domain.Consultations;
using Kim.Workflows.Domain.Seeding;

namespace Kim.Workflows.Domain.Tests.Access;

public sealed class CaseAccessPolicyTests
{
    private static readonly KimUser Sued1 = DemoUsers.CmSued1.ToKimUser();
    private static readonly KimUser Sued2 = DemoUsers.CmSued2.ToKimUser();
    private static readonly KimUser Sued3 = DemoUsers.CmSued3.ToKimUser();
    private static readonly KimUser Nord1 = DemoUsers.CmNord1.ToKimUser();
    private static readonly CaseAccessFacts SuedCase = new(Guid.NewGuid(), "suedkreis", "cm.sued1", "cm.sued2");
    private readonly CaseAccessPolicy _policy = new();

    [Fact]
    public void Responsible_case_manager_may_read() => Assert.True(_policy.CanReadCase(Sued1, SuedCase).Allowed);

    [Fact]
    public void Deputy_may_read() => Assert.True(_policy.CanReadCase(Sued2, SuedCase).Allowed);

    [Fact]
    public void Colleague_of_same_district_may_not_read_by_default()
    {
        var decision = _policy.CanReadCase(Sued3, SuedCase);
        Assert.False(decision.Allowed);
        Assert.Contains("Vertretung", decision.Reason);
    }

    [Fact]
    public void Whole_district_configuration_opens_the_district_but_not_others()
    {
        var policy = new CaseAccessPolicy(new CaseAccessOptions { CaseManagersSeeWholeDistrict = true });
        Assert.True(policy.CanReadCase(Sued3, SuedCase).Allowed);
        Assert.False(policy.CanReadCase(Nord1, SuedCase).Allowed);
    }

    [Fact]
    public void Case_manager_of_another_district_may_not_read_even_if_named()
    {
        var decision = _policy.CanReadCase(Nord1, SuedCase with { DeputyCaseManager = Nord1.UserName });
        Assert.False(decision.Allowed);
        Assert.Contains("anderen Bezirk", decision.Reason);
    }

    [Fact]
    public void Unassigned_case_is_visible_to_the_district_team_that_must_take_it()
    {
        var unassigned = SuedCase with { ResponsibleCaseManager = null, DeputyCaseManager = null };
        Assert.True(_policy.CanReadCase(Sued3, unassigned).Allowed);
        Assert.False(_policy.CanReadCase(Nord1, unassigned).Allowed);
    }

    [Fact]
    public void Coordination_sees_aggregates_only()
    {
        var coordination = DemoUsers.KoordinationSued.ToKimUser();
        Assert.False(_policy.CanReadCase(coordination, SuedCase).Allowed);
        Assert.True(_policy.CanSeeAggregates(coordination, "suedkreis").Allowed);
        Assert.False(_policy.CanSeeAggregates(coordination, "nordkreis").Allowed);
        Assert.True(_policy.CanSeeAggregates(DemoUsers.KoordinationLeitung.ToKimUser(), "nordkreis").Allowed);
        Assert.False(_policy.CanSeeAggregates(Sued1, "suedkreis").Allowed);
    }

    [Fact]
    public void Abh_sees_only_consultations_addressed_to_it()
    {
        var abh = DemoUsers.Abh.ToKimUser();
        var asked = new Consultation { CaseId = SuedCase.CaseId, Authority = Authority.Auslaenderbehoerde, Question = "§ 25b?", AskedBy = "cm.sued1", Status = ConsultationStatus.Gestellt };
        Assert.True(_policy.CanReadConsultation(abh, asked, SuedCase).Allowed);
        Assert.False(_policy.CanReadCase(abh, SuedCase).Allowed);

        var toEbh = new Consultation { CaseId = SuedCase.CaseId, Authority = Authority.Einbuergerungsbehoerde, Question = "§ 10?", AskedBy = "cm.sued1", Status = ConsultationStatus.Gestellt };
        Assert.False(_policy.CanReadConsultation(abh, toEbh, SuedCase).Allowed);
        Assert.True(_policy.CanReadConsultation(DemoUsers.Ebh.ToKimUser(), toEbh, SuedCase).Allowed);

        var draft = new Consultation { CaseId = SuedCase.CaseId, Authority = Authority.Auslaenderbehoerde, Question = "Entwurf", AskedBy = "cm.sued1" };
        Assert.False(_policy.CanReadConsultation(abh, draft, SuedCase).Allowed);

        var toColleague = new Consultation { CaseId = SuedCase.CaseId, Authority = Authority.Auslaenderbehoerde, Question = "?", AskedBy = "cm.sued1", Status = ConsultationStatus.Gestellt, AddressedTo = "abh.andere" };
        Assert.False(_policy.CanReadConsultation(abh, toColleague, SuedCase).Allowed);
    }

    [Fact]
    public void Case_manager_reads_consultations_of_own_cases()
    {
        var consultation = new Consultation { CaseId = SuedCase.CaseId, Authority = Authority.Auslaenderbehoerde, Question = "?", AskedBy = "cm.sued1" };
        Assert.True(_policy.CanReadConsultation(Sued1, consultation, SuedCase).Allowed);
        Assert.False(_policy.CanReadConsultation(Nord1, consultation, SuedCase).Allowed);
    }

    [Fact]
    public void Administrator_audits_only()
    {
        var admin = DemoUsers.Admin.ToKimUser();
        Assert.False(_policy.CanReadCase(admin, SuedCase).Allowed);
        Assert.True(_policy.CanReadAccessLog(admin).Allowed);
        Assert.False(_policy.CanReadAccessLog(Sued1).Allowed);
        Assert.False(_policy.CanReadAccessLog(DemoUsers.KoordinationLeitung.ToKimUser()).Allowed);
    }

    [Fact]
    public void Process_owner_has_no_case_access() =>
        Assert.False(_policy.CanReadCase(DemoUsers.ProcessOwner.ToKimUser(), SuedCase).Allowed);

    [Fact]
    public void Candidate_groups_follow_role_and_district()
    {
        Assert.Equal(["cm-suedkreis"], Sued1.CandidateGroups);
        Assert.Equal(["koordination-kreis", "koordination-ahlen", "koordination-beckum", "koordination-suedkreis", "koordination-nordkreis"],
            DemoUsers.KoordinationLeitung.CandidateGroups);
        Assert.Equal(["abh"], DemoUsers.Abh.CandidateGroups);
        Assert.Equal(["ebh"], DemoUsers.Ebh.CandidateGroups);
    }
}
