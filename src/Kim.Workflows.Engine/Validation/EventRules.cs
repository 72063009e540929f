using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Validation;

/// <summary>Which event definitions each event position supports, and literal timer values.</summary>
internal static class EventRules
{
    public static void Check(ValidationContext c)
    {
        var messageStarts = new Dictionary<string, EventNode>(StringComparer.Ordinal);
        foreach (var e in c.Process.AllNodes.OfType<EventNode>())
        {
            CheckPosition(c, e);
            if (e.Timer is { } timer)
            {
                CheckTimer(c, e, timer);
            }

            if (e is { Kind: ElementKind.StartEvent, Trigger: EventTrigger.Message, Message: { } m } && !messageStarts.TryAdd(m.Name, e))
            {
                c.Error(e, "duplicate-message-start", $"Die Nachricht '{m.Name}' startet den Prozess bereits an {ElementNames.Describe(messageStarts[m.Name])}. Verwenden Sie für {ElementNames.Describe(e)} eine andere Nachricht oder entfernen Sie eines der beiden.");
            }
        }
    }

    private static void CheckPosition(ValidationContext c, EventNode e)
    {
        var allowed = e.Kind switch
        {
            ElementKind.StartEvent => e.Scope is SubProcess
                ? [EventTrigger.None]
                : new[] { EventTrigger.None, EventTrigger.Timer, EventTrigger.Message },
            ElementKind.EndEvent => [EventTrigger.None, EventTrigger.Terminate, EventTrigger.Error, EventTrigger.Message, EventTrigger.Signal],
            ElementKind.IntermediateCatchEvent => [EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal],
            ElementKind.IntermediateThrowEvent => [EventTrigger.None, EventTrigger.Message, EventTrigger.Signal],
            ElementKind.BoundaryEvent => [EventTrigger.Timer, EventTrigger.Message, EventTrigger.Signal, EventTrigger.Error],
            _ => Array.Empty<EventTrigger>(),
        };
        // An event whose definition the parser already rejected has one cause; a second message about "no definition" would mislead.
        if (!allowed.Contains(e.Trigger) && !c.HasProblem(e.Id, "unsupported-event"))
        {
            c.Error(e, "unsupported-event", $"{Describe(e.Trigger)} ist an dieser Stelle ({Position(e.Kind)}) nicht unterstützt: {ElementNames.Describe(e)}. Wählen Sie über „Elementtyp ändern“ eine unterstützte Art (z. B. Frist oder Nachricht).");
        }

        if (e is { Kind: ElementKind.BoundaryEvent, Trigger: EventTrigger.Error, CancelActivity: false })
        {
            c.Error(e, "non-interrupting-error", $"Das Fehler-{ElementNames.Describe(e)} muss unterbrechend sein. Schalten Sie „nicht unterbrechend“ aus.");
        }
    }

    private static void CheckTimer(ValidationContext c, EventNode e, TimerDefinition timer)
    {
        if (timer.WorkingDays is not null && e.Kind == ElementKind.StartEvent)
        {
            c.Error(e, "start-timer-working-days", "'kim:arbeitstage' gilt für Fristen, an denen jemand handeln muss (Zwischen- und Randereignisse), nicht für Zeit-Startereignisse.");
            return;
        }

        if (timer.Expression.Contains("${", StringComparison.Ordinal) || timer.Expression.Contains("#{", StringComparison.Ordinal))
        {
            if (e.Kind == ElementKind.StartEvent)
            {
                c.Error(e, "start-timer-expression", $"{ElementNames.Describe(e)} braucht eine feste Zeitangabe: vor dem Start gibt es noch keine Variablen für einen Ausdruck. Tragen Sie ein Datum oder eine Dauer ein.");
            }

            return; // checked when evaluated; the expression syntax is checked in ExpressionRules
        }

        try
        {
            if (timer.WorkingDays is not null)
            {
                WorkingDayDeadlines.Validate(timer.Kind, timer.Expression);
            }
            else
            {
                TimerSchedule.Parse(timer.Kind, timer.Expression);
            }
        }
        catch (TimerFormatException ex)
        {
            c.Error(e, "invalid-timer", $"Die Zeitangabe '{timer.Expression}' an {ElementNames.Describe(e)} ist ungültig. {ex.Message} Geben Sie eine Dauer wie P14D (14 Tage) oder ein Datum an.");
        }
    }

    private static string Describe(EventTrigger t) => t switch
    {
        EventTrigger.None => "Ein Ereignis ohne Definition",
        EventTrigger.Timer => "Ein Zeitereignis",
        EventTrigger.Message => "Ein Nachrichtenereignis",
        EventTrigger.Signal => "Ein Signalereignis",
        EventTrigger.Error => "Ein Fehlerereignis",
        _ => "Ein Terminierungsereignis",
    };

    private static string Position(ElementKind k) => k switch
    {
        ElementKind.StartEvent => "Start",
        ElementKind.EndEvent => "Ende",
        ElementKind.IntermediateCatchEvent => "eintretendes Zwischenereignis",
        ElementKind.IntermediateThrowEvent => "auslösendes Zwischenereignis",
        _ => "Randereignis",
    };
}
