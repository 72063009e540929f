using System.Globalization;
using Kim.Workflows.Application.Handlers.CaseFile;
using Kim.Workflows.Domain.Assessment;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Goals;

namespace Kim.Workflows.Application.Startup;

/// <summary>
/// The task-form values a demo cycle is brought forward with, written from the seeded case file in the forms' own formats.
/// They matter after start-up: a form shown again (re-assessment, "Ziele anpassen", Leistungssteuerung) is prefilled with
/// them, and the hand-over to the case file then finds the file's own goals and services instead of a placeholder text.
/// </summary>
internal static class DemoFormValues
{
    public static Dictionary<string, object?> Assessment(Fallakte file, string day)
    {
        var values = new Dictionary<string, object?> { ["lastAssessmentAt"] = day, ["assessmentZusammenfassung"] = "Assessment je Lebensbereich (Demo)" };
        var latest = file.Assessments.OrderBy(a => a.AssessedOn).LastOrDefault();
        foreach (var area in latest?.Areas ?? [])
        {
            var suffix = AssessmentFormFields.Suffix(area.Lebensbereich);
            values["bedarf" + suffix] = AssessmentFormFields.IdOf(area.NeedLevel);
            values["lb" + suffix] = area.Needs;
            values["ressourcen" + suffix] = area.Resources;
        }

        return values;
    }

    public static Dictionary<string, object?> Goals(Fallakte file)
    {
        var lines = file.Ergebnisziele.Where(g => g.Status != GoalStatus.Verworfen).OrderBy(g => g.CreatedOn)
            .Select(g => $"{LebensbereichNames.Label(g.Lebensbereich)}: {g.Description}");
        return new Dictionary<string, object?>
        {
            ["ergebnisziele"] = string.Join("\n", lines), ["lebensbereich"] = AssessmentFormFields.Suffix(Lebensbereich.Sprache).ToLowerInvariant(),
        };
    }

    public static Dictionary<string, object?> Agreement(Fallakte file, string day)
    {
        var current = Zielvereinbarung.CurrentOf(file.Zielvereinbarungen);
        return new Dictionary<string, object?>
        {
            ["zielvereinbarungAm"] = current?.AgreedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? day,
            ["vereinbarteZiele"] = "Ergebnisziele wie in der Fallakte (Demo)", ["vereinbarungUnterzeichnet"] = current?.SignedByClient ?? true,
        };
    }

    public static Dictionary<string, object?> Services(Fallakte file) => new()
    {
        ["leistungen"] = string.Join("\n", file.Services.Select(s => $"{s.Title}; {s.ProviderName}; {ServiceLines.WordOf(s.Status)}")),
    };
}
