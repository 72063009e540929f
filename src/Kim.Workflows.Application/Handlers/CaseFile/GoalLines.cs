using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// Parses the field <c>ergebnisziele</c> of the task „Ergebnisziele festlegen“: one Ergebnisziel per line,
/// <c>Lebensbereich: Ziel</c> with an optional <c>; Zieldatum</c>; lines starting with "-" (or "–", "•", "*") below a goal are
/// its Handlungsziele, <c>Schritt; wer handelt; fällig am</c>. A line without a known life area takes
/// <paramref name="defaultArea"/> (the form's field <c>lebensbereich</c>); without one that is a <see cref="CaseFileRecordException"/>.
/// Nothing written is dropped: a part that is not a date stays in the description.
/// </summary>
internal static class GoalLines
{
    private static readonly char[] Bullets = ['-', '–', '•', '*'];

    public static IReadOnlyList<GoalLine> Parse(string? text, Lebensbereich? defaultArea, DateOnly today)
    {
        var goals = new List<(Lebensbereich Area, string Description, DateOnly? Target, List<StepLine> Steps)>();
        foreach (var raw in FormText.Lines(text))
        {
            var bullet = Bullets.Contains(raw[0]);
            var line = bullet ? raw.TrimStart(Bullets).Trim() : raw;
            if (line.Length == 0)
            {
                continue;
            }

            if (bullet && goals.Count > 0)
            {
                goals[^1].Steps.Add(Step(line));
                continue;
            }

            var (area, rest) = AreaOf(line, defaultArea);
            var parts = FormText.Parts(rest);
            // A target date is a day to come; anything else after the ";" belongs to the description.
            var target = parts.Length > 1 && FormText.Date(parts[^1]) is { } d && d >= today ? d : (DateOnly?)null;
            var description = target is null ? rest : string.Join("; ", parts[..^1]);
            goals.Add((area, FormText.Fit(description, GoalInput.DescriptionMaxLength) ?? rest, target, []));
        }

        return [.. goals.Select(g => new GoalLine(g.Area, g.Description, g.Target, g.Steps))];
    }

    private static (Lebensbereich Area, string Text) AreaOf(string line, Lebensbereich? defaultArea)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && LebensbereichNames.TryParse(line[..colon], out var area) && line[(colon + 1)..].Trim() is { Length: > 0 } rest)
        {
            return (area, rest);
        }

        return defaultArea is { } fallback
            ? (fallback, line)
            : throw new CaseFileRecordException($"Die Zeile „{line}“ nennt keinen Lebensbereich, und das Feld „lebensbereich“ ist leer.");
    }

    private static StepLine Step(string line)
    {
        var parts = FormText.Parts(line);
        var due = parts.Length > 1 ? FormText.Date(parts[^1]) : null;
        var named = due is null ? parts : parts[..^1];
        var responsible = named.Length > 1 ? FormText.Fit(named[^1], HandlungszielInput.ResponsibleMaxLength) : null;
        var description = responsible is null ? string.Join("; ", named) : string.Join("; ", named[..^1]);
        return new StepLine(FormText.Fit(description, HandlungszielInput.DescriptionMaxLength) ?? line, responsible, due);
    }
}
