using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Time;

namespace Kim.Workflows.Application.Cases;

/// <summary>A contact with the client as entered: when (Europe/Berlin wall clock), how, where, and a short content.</summary>
public sealed record ContactInput
{
    public const int SummaryMaxLength = 2000;
    public const int LocationMaxLength = 200;

    public DateOnly? Date { get; init; }

    /// <summary>Optional time of day; without it the contact counts from the start of the day.</summary>
    public TimeOnly? Time { get; init; }

    public ContactKind Kind { get; init; } = ContactKind.Persoenlich;

    /// <summary>Where it took place; required for aufsuchendes Fallmanagement (outreach visits are counted by place type).</summary>
    public string? Location { get; init; }

    public string? Summary { get; init; }

    /// <summary>The instant the contact took place.</summary>
    public DateTimeOffset? OccurredAt()
    {
        if (Date is not { } date)
        {
            return null;
        }

        return KimCalendar.At(date, Time ?? TimeOnly.MinValue);
    }

    /// <summary>German messages keyed by field; empty when the input is valid. A contact lies in the past (or today).</summary>
    public IReadOnlyDictionary<string, string> Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (OccurredAt() is not { } at)
        {
            errors[nameof(Date)] = "Bitte das Datum des Kontakts angeben.";
        }
        else if (at > now)
        {
            errors[Time is null ? nameof(Date) : nameof(Time)] = "Ein Kontakt kann nicht in der Zukunft liegen; Termine gehören in den Kalender.";
        }

        if (!Enum.IsDefined(Kind))
        {
            errors[nameof(Kind)] = "Bitte die Art des Kontakts auswählen.";
        }

        var location = Location?.Trim() ?? "";
        if (Kind == ContactKind.Aufsuchend && location.Length == 0)
        {
            errors[nameof(Location)] = "Bei aufsuchendem Fallmanagement bitte den Ort angeben (z. B. Wohnung, Unterkunft, Schule).";
        }
        else if (location.Length > LocationMaxLength)
        {
            errors[nameof(Location)] = $"Der Ort darf höchstens {LocationMaxLength} Zeichen lang sein.";
        }

        var summary = Summary?.Trim() ?? "";
        if (summary.Length == 0)
        {
            errors[nameof(Summary)] = "Bitte den Inhalt kurz festhalten.";
        }
        else if (summary.Length > SummaryMaxLength)
        {
            errors[nameof(Summary)] = $"Der Inhalt darf höchstens {SummaryMaxLength} Zeichen lang sein (nur das Nötige festhalten).";
        }

        return errors;
    }
}
