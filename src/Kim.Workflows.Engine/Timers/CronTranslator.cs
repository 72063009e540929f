using System.Text.RegularExpressions;
using Cronos;

namespace Kim.Workflows.Engine.Timers;

/// <summary>
/// Turns Camunda's Quartz-style cron (6 or 7 fields with seconds) or unix cron (5 fields) into a
/// Cronos expression. Quartz numbers weekdays 1 = Sunday … 7 = Saturday, Cronos (like unix)
/// 0 = Sunday … 6 = Saturday, so numeric weekdays of Quartz expressions are shifted down by one.
/// </summary>
internal static partial class CronTranslator
{
    public static CronExpression Parse(string value)
    {
        var fields = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        switch (fields.Length)
        {
            case 5:
                return CronExpression.Parse(value, CronFormat.Standard);
            case 7 when fields[6] is not ("*" or "?"):
                throw new TimerFormatException(
                    $"Zyklus '{value}': ein Jahresfeld außer '*' wird nicht unterstützt; entfernen Sie das siebte Feld oder setzen Sie es auf '*'.", value);
            case 6:
            case 7:
                fields[5] = QuartzWeekdays().Replace(fields[5], m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                return CronExpression.Parse(string.Join(' ', fields.Take(6)), CronFormat.IncludeSeconds);
            default:
                throw new TimerFormatException(
                    $"Zyklus '{value}' ist weder ISO 8601 (R3/PT10M, R/P1D, R2/2030-01-01T08:00:00Z/P1M) noch cron mit 5, 6 oder 7 Feldern.", value);
        }
    }

    // A weekday number, not a step (after '/'), not an occurrence (after '#').
    [GeneratedRegex(@"(?<![#/\d])[1-7](?!\d)")]
    private static partial Regex QuartzWeekdays();
}
