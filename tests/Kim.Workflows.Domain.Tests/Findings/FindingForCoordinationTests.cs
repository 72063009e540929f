using Kim.Workflows.Domain.Findings;

namespace Kim.Workflows.Domain.Tests.Findings;

public sealed class FindingForCoordinationTests
{
    [Fact]
    public void Coordination_view_carries_no_case_link_and_no_reporter()
    {
        var finding = new StructuralFinding
        {
            Category = FindingCategory.Sprachkurs,
            DistrictId = "suedkreis",
            MunicipalityId = "oelde",
            Description = "Kein Integrationskurs mit Kinderbetreuung",
            LinkedCaseId = Guid.NewGuid(),
            ReportedBy = "cm.sued1",
            ReportedAt = TestClock.Berlin(2026, 3, 1, 0, 30),
        };
        var view = FindingForCoordination.From(finding);
        var properties = typeof(FindingForCoordination).GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain("LinkedCaseId", properties);
        Assert.DoesNotContain("ReportedBy", properties);
        Assert.Equal(new DateOnly(2026, 3, 1), view.ReportedOn);
        Assert.Equal("oelde", view.MunicipalityId);
    }
}
