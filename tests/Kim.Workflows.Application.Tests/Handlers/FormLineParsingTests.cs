using Kim.Workflows.Application.Handlers.CaseFile;
using Kim.Workflows.Application.Startup;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Goals;
using Kim.Workflows.Domain.Partners;
using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Application.Tests.Handlers;

/// <summary>How the free-text lines of the cycle's task forms are read (goals, steps, services, need levels).</summary>
public sealed class FormLineParsingTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Goal_lines_take_their_area_and_a_future_target_date_and_keep_every_other_word()
    {
        var goals = GoalLines.Parse(
            "Kita: Platz für Samira; bis 01.08.2026\r\n• Anmeldung; Mutter\nZiel: Führerschein; 2025-01-01\n- Fahrschule suchen; 2026-05-01\n-\n", Lebensbereich.Arbeit, Today);

        Assert.Equal(2, goals.Count);
        Assert.Equal((Lebensbereich.FamilieSchuleKita, "Platz für Samira", new DateOnly(2026, 8, 1)), (goals[0].Lebensbereich, goals[0].Description, goals[0].TargetDate));
        Assert.Equal(new StepLine("Anmeldung", "Mutter", null), Assert.Single(goals[0].Steps));
        // "Ziel" is no life area and a past date is no target: both stay in the text, under the form's default area.
        Assert.Equal((Lebensbereich.Arbeit, "Ziel: Führerschein; 2025-01-01", (DateOnly?)null), (goals[1].Lebensbereich, goals[1].Description, goals[1].TargetDate));
        Assert.Equal(new StepLine("Fahrschule suchen", null, new DateOnly(2026, 5, 1)), Assert.Single(goals[1].Steps));
    }

    [Fact]
    public void Service_lines_read_status_words_and_referrals_find_their_legal_domain()
    {
        var lines = ServiceLines.Parse("Integrationskurs; VHS; läuft\nVerweis an SGB VIII Hilfeplanung; Jugendamt\n; leer\nSchuldnerberatung");

        Assert.Equal(
            [
                new ServiceLine("Integrationskurs", "VHS", ServiceStatus.Laufend, null, false),
                new ServiceLine("Verweis an SGB VIII Hilfeplanung", "Jugendamt", null, null, true),
                new ServiceLine("Schuldnerberatung", null, null, null, false),
            ],
            lines);
        Assert.Equal(Rechtskreis.SgbVIII, ServiceLines.TargetOf(lines[1].Title, null));
        Assert.Equal(Rechtskreis.SgbIII, ServiceLines.TargetOf("Verweisberatung", new PartnerOrganisation { Name = "Agentur", Kind = PartnerKind.AgenturFuerArbeit }));
        Assert.Null(ServiceLines.TargetOf("Verweisberatung", new PartnerOrganisation { Name = "Caritas", Kind = PartnerKind.Wohlfahrtsverband }));
    }

    [Theory]
    [InlineData("kein", NeedLevel.KeinBedarf)]
    [InlineData("dringend", NeedLevel.DringenderBedarf)]
    [InlineData("GeringerBedarf", NeedLevel.GeringerBedarf)]
    [InlineData("", null)]
    [InlineData("sehr", null)]
    public void Need_levels_come_from_the_form_ids(string id, NeedLevel? expected) => Assert.Equal(expected, AssessmentFormFields.Level(id));

    [Fact]
    public void Demo_form_values_read_back_as_the_files_own_goals_services_and_ratings()
    {
        var file = new Fallakte { CaseNumber = "KIM-2026-0001", DistrictId = "ahlen" };
        file.Ergebnisziele.Add(new Ergebnisziel { Lebensbereich = Lebensbereich.BildungAnerkennung, Description = "Abschluss anerkennen lassen", Status = GoalStatus.InArbeit });
        file.Ergebnisziele.Add(new Ergebnisziel { Lebensbereich = Lebensbereich.Wohnen, Description = "Alte Wohnung", Status = GoalStatus.Verworfen });
        file.Services.Add(new ServiceReferral { Title = "Integrationskurs B1", ProviderName = "Volkshochschule, Sprachkurse (Demo)", Status = ServiceStatus.Laufend });
        var assessment = new CaseAssessment { AssessedBy = "cm.ahlen", AssessedOn = new DateOnly(2026, 1, 10) };
        assessment.Areas.Add(new LebensbereichAssessment { Lebensbereich = Lebensbereich.FamilieSchuleKita, NeedLevel = NeedLevel.GeringerBedarf, Needs = "Kita-Platz" });
        file.Assessments.Add(assessment);

        var goals = GoalLines.Parse((string?)DemoFormValues.Goals(file)["ergebnisziele"], null, Today);
        var services = ServiceLines.Parse((string?)DemoFormValues.Services(file)["leistungen"]);
        var areas = AssessmentFormFields.Read(DemoFormValues.Assessment(file, "2026-01-10"));

        Assert.Equal((Lebensbereich.BildungAnerkennung, "Abschluss anerkennen lassen"), (Assert.Single(goals).Lebensbereich, goals[0].Description));
        Assert.Equal(("Integrationskurs B1", "Volkshochschule, Sprachkurse (Demo)", ServiceStatus.Laufend), (Assert.Single(services).Title, services[0].Provider, services[0].Status));
        var rated = Assert.Single(areas, a => a.IsRated);
        Assert.Equal((Lebensbereich.FamilieSchuleKita, NeedLevel.GeringerBedarf, "Kita-Platz"), (rated.Lebensbereich, rated.NeedLevel, rated.Needs));
    }
}
