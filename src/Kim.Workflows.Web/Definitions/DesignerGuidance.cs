using Kim.Workflows.Domain.Districts;
using Kim.Workflows.Notifications.Templates;

namespace Kim.Workflows.Web.Definitions;

/// <summary>One choice of a designer dropdown: what the process owner reads, and what the BPMN file stores.</summary>
public sealed record DesignerChoice(string Name, string Value);

/// <summary>
/// What the designer offers to choose from instead of typing: the mail templates of <c>templates/</c> and the
/// candidate groups of the districts (plus the groups every workflow may use).
/// </summary>
public sealed record DesignerGuidance(IReadOnlyList<DesignerChoice> MailTemplates, IReadOnlyList<DesignerChoice> Groups)
{
    public static DesignerGuidance From(TemplateCatalog templates, IEnumerable<District> districts)
    {
        var groups = new List<DesignerChoice>
        {
            new("Fallmanagement des Bezirks des Falls", KimGroups.CaseManagementPrefix + "${district}"),
            new("Koordination (Kreis)", KimGroups.CoordinationKreis),
            new("Ausländerbehörde", KimGroups.Auslaenderbehoerde),
            new("Einbürgerungsbehörde", KimGroups.Einbuergerungsbehoerde),
        };
        foreach (var district in districts.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            groups.Add(new($"Fallmanagement {district.Name}", district.CaseManagementGroup));
            groups.Add(new($"Koordination {district.Name}", district.CoordinationGroup));
        }

        var mails = templates.Names.Order(StringComparer.Ordinal).Select(n => new DesignerChoice(n, n)).ToList();
        return new DesignerGuidance(mails, groups);
    }
}
