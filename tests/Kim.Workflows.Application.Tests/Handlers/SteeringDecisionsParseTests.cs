using Kim.Workflows.Application.Handlers;

namespace Kim.Workflows.Application.Tests.Handlers;

public sealed class SteeringDecisionsParseTests
{
    [Fact]
    public void Numbered_lines_become_decisions_per_agenda_position_and_plain_lines_continue_the_previous_one()
    {
        var decisions = SteeringDecisionsHandler.Parse("Vorab: ohne Nummer\n1: Zwei Kurse prüfen\nBericht im Herbst\nTOP 3. Vertagt auf Dezember\n2) Arbeitsgruppe bilden\n1: Nachtrag");

        Assert.Equal([1, 2, 3], decisions.Keys);
        Assert.Equal("Zwei Kurse prüfen\nBericht im Herbst\nNachtrag", decisions[1]);
        Assert.Equal("Arbeitsgruppe bilden", decisions[2]);
        Assert.Equal("Vertagt auf Dezember", decisions[3]);
        Assert.Empty(SteeringDecisionsHandler.Parse(null));
    }
}
