using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Domain.Tests.Assessment;

public sealed class LebensbereichNamesTests
{
    [Theory]
    [InlineData("Sprache", Lebensbereich.Sprache)]
    [InlineData(" bildung / Anerkennung ", Lebensbereich.BildungAnerkennung)]
    [InlineData("BildungAnerkennung", Lebensbereich.BildungAnerkennung)]
    [InlineData("Kita", Lebensbereich.FamilieSchuleKita)]
    [InlineData("Familie/Schule/Kita", Lebensbereich.FamilieSchuleKita)]
    [InlineData("Beschäftigung", Lebensbereich.Arbeit)]
    [InlineData("beschaeftigung", Lebensbereich.Arbeit)]
    public void German_words_name_the_life_area(string text, Lebensbereich expected)
    {
        Assert.True(LebensbereichNames.TryParse(text, out var area));
        Assert.Equal(expected, area);
    }

    [Theory]
    [InlineData("Freizeit")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_words_are_no_life_area(string? text) => Assert.False(LebensbereichNames.TryParse(text, out _));

    [Fact]
    public void Every_area_has_a_German_label_that_parses_back()
    {
        Assert.Equal("Bildung / Anerkennung", LebensbereichNames.Label(Lebensbereich.BildungAnerkennung));
        Assert.Equal("Familie / Schule / Kita", LebensbereichNames.Label(Lebensbereich.FamilieSchuleKita));
        Assert.All(Enum.GetValues<Lebensbereich>(), area =>
        {
            Assert.True(LebensbereichNames.TryParse(LebensbereichNames.Label(area), out var back));
            Assert.Equal(area, back);
        });
    }
}
