using Kim.Workflows.Application.Handlers;
using Kim.Workflows.Application.Staff;
using Kim.Workflows.Domain.Districts;

namespace Kim.Workflows.Application.Mail;

/// <summary>
/// The model a notice template renders with: the task's visible variables and input parameters, plus the
/// common values of <c>templates/README.md</c> that a workflow does not set itself (greeting, case manager,
/// task link, district name, days overdue). Optional values are present as null, so templates can test them.
/// </summary>
public static class NoticeModel
{
    public static Dictionary<string, object?> For(
        IReadOnlyDictionary<string, object?> variables, string? businessKey, ApplicationOptions options, IStaffDirectory staff, DateTimeOffset now)
    {
        var model = new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        var caseManager = Variables.String(variables, "caseManager") ?? Variables.String(variables, "fallmanager");
        var district = Variables.String(variables, "district") ?? Variables.String(variables, "bezirk");
        Default(model, "empfaengerName", null);
        Default(model, "klientName", null);
        Default(model, "fallnummer", Variables.String(variables, "caseNumber") ?? businessKey);
        Default(model, "fallmanagerName", staff.DisplayName(caseManager));
        Default(model, "fallmanagerEmail", Variables.String(variables, "caseManagerEmail") ?? staff.CaseManagerEmail(caseManager, district ?? ""));
        Default(model, "fallmanagerTelefon", null);
        Default(model, "aufgabenLink", options.TaskLink);
        Default(model, "prozess", null);
        Default(model, "faelligAm", null);
        Default(model, "zugewiesenVon", null);
        Default(model, "letztesAssessment", null);
        if (district is not null && KreisWarendorf.CreateDistricts().FirstOrDefault(d => d.Id == district) is { } named)
        {
            model["bezirk"] = named.Name;
        }

        Default(model, "bezirk", district);
        var due = Variables.Instant(model.GetValueOrDefault("faelligAm"));
        Default(model, "ueberfaelligTage", due is { } d ? (long)Math.Max(0, (now - d).TotalDays) : 0L);
        return model;
    }

    private static void Default(Dictionary<string, object?> model, string name, object? value) => model.TryAdd(name, value);
}
