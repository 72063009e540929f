using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Domain.Tests.Districts;

public sealed class DistrictRouterTests
{
    private readonly DistrictRouter _router = new();

    [Theory]
    [InlineData("Ahlen", "ahlen", "cm-ahlen")]
    [InlineData("Beckum", "beckum", "cm-beckum")]
    [InlineData("Drensteinfurt", "suedkreis", "cm-suedkreis")]
    [InlineData("Ennigerloh", "suedkreis", "cm-suedkreis")]
    [InlineData("Oelde", "suedkreis", "cm-suedkreis")]
    [InlineData("Sendenhorst", "suedkreis", "cm-suedkreis")]
    [InlineData("Wadersloh", "suedkreis", "cm-suedkreis")]
    [InlineData("Beelen", "nordkreis", "cm-nordkreis")]
    [InlineData("Everswinkel", "nordkreis", "cm-nordkreis")]
    [InlineData("Sassenberg", "nordkreis", "cm-nordkreis")]
    [InlineData("Ostbevern", "nordkreis", "cm-nordkreis")]
    [InlineData("Telgte", "nordkreis", "cm-nordkreis")]
    [InlineData("Warendorf", "nordkreis", "cm-nordkreis")]
    public void Routes_every_municipality_to_its_district_team(string municipality, string district, string group)
    {
        var route = _router.Route(municipality);
        Assert.Equal(district, route.DistrictId);
        Assert.Equal(group, route.CaseManagementGroup);
        Assert.Equal("koordination-" + district, route.CoordinationGroup);
        Assert.Equal(municipality, route.MunicipalityName);
    }

    [Theory]
    [InlineData("  oelde ")]
    [InlineData("OELDE")]
    [InlineData("oelde")]
    public void Ignores_case_and_blanks(string input) => Assert.Equal("suedkreis", _router.Route(input).DistrictId);

    [Theory]
    [InlineData("Münster")]
    [InlineData("Hamm")]
    [InlineData("")]
    public void Unknown_municipality_is_a_clear_error(string input)
    {
        var error = Assert.Throws<UnknownMunicipalityException>(() => _router.Route(input));
        Assert.Contains("gehört nicht zum Kreis Warendorf", error.Message);
        Assert.Contains("Sassenberg", error.Message);
        Assert.False(_router.TryRoute(input, out _));
    }

    [Fact]
    public void Plan_has_four_districts_thirteen_municipalities_and_seven_posts()
    {
        var districts = KreisWarendorf.CreateDistricts();
        Assert.Equal(["Ahlen", "Beckum", "Südkreis", "Nordkreis"], districts.Select(d => d.Name));
        Assert.Equal(13, districts.Sum(d => d.Municipalities.Count));
        Assert.Equal(13, _router.MunicipalityNames.Count);
        Assert.Equal(7.0m, districts.Sum(d => d.CaseManagementPosts));
        Assert.Equal([1.0m, 1.0m, 2.5m, 2.5m], districts.Select(d => d.CaseManagementPosts));
        Assert.Equal(3.5m, districts.Sum(d => d.CoordinationPosts) + KreisWarendorf.CoordinationLeadPosts);
    }
}
