using Kim.Workflows.Domain.Findings;

namespace Kim.Workflows.Domain.Tests.Findings;

public sealed class FindingCategoryNamesTests
{
    [Fact]
    public void Every_area_has_its_own_German_label_and_its_form_id_parses_back()
    {
        var categories = Enum.GetValues<FindingCategory>();
        var labels = categories.Select(FindingCategoryNames.Label).ToList();
        Assert.Equal(categories.Length, labels.Distinct().Count());
        Assert.Equal(("Mobilität", "Fehlendes Angebot"), (FindingCategoryNames.Label(FindingCategory.Mobilitaet), FindingCategoryNames.Label(FindingCategory.FehlendesAngebot)));
        foreach (var category in categories)
        {
            var formId = char.ToLowerInvariant(category.ToString()[0]) + category.ToString()[1..];
            Assert.Equal(category, FindingCategoryNames.ParseOrOther(formId));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unbekannt")]
    [InlineData("99")]
    public void Empty_or_unknown_areas_are_Sonstiges(string? text) => Assert.Equal(FindingCategory.Sonstiges, FindingCategoryNames.ParseOrOther(text));
}
