using System.Text;

namespace Kim.Workflows.Domain.Controlling;

/// <summary>
/// A table as CSV for the Sachbericht/Verwendungsnachweis: German headers, ';' as separator (German
/// Excel expects it because ',' is the decimal mark), UTF-8 with BOM so Excel reads the umlauts,
/// CRLF line ends (RFC 4180). Suppressed cells keep their marks ("&lt; 5", "x", "–").
/// </summary>
public static class ControllingCsv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] ToBytes(ControllingReport report, ControllingTable table)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        Line(text, [table.Title]);
        Line(text, ["Gebiet", report.ScopeName]);
        Line(text, ["Zeitraum", report.Period.Display]);
        Line(text, []);
        Line(text, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(text, [row.Label, .. row.Cells.Select(c => c.Display)]);
        }

        Line(text, []);
        Line(text, ["Hinweis", "< 5 = Wert 1 bis 4 unterdrückt; x = gesperrt, weil sonst ein kleiner Wert errechnet werden könnte; – = nicht aussagekräftig (weniger als 5 Fälle)"]);
        if (table.Note is { } note)
        {
            Line(text, ["Erläuterung", note]);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    public static string FileName(ControllingReport report, ControllingTable table) =>
        $"kim-{table.Key}-{report.DistrictId ?? "kreis"}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}.csv";

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(';', fields.Select(Escape));
        text.Append("\r\n");
    }

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
