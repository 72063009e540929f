using System.Text.Json;
using Kim.Workflows.Domain.Controlling;

namespace Kim.Workflows.Web.Controlling;

/// <summary>The JSON a chart canvas carries (read by ClientApp/src/charts.js). Hidden cells are null: never drawn.</summary>
public static class ChartSpec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? For(ControllingTable table)
    {
        if (table.Chart == ChartKind.None)
        {
            return null;
        }

        var rows = table.ChartRows.ToList();
        var spec = new
        {
            kind = table.Chart == ChartKind.Doughnut ? "doughnut" : "bar",
            labels = rows.Select(r => r.Label),
            datasets = table.ChartColumns.Select(c => new { label = table.Columns[c + 1], values = rows.Select(r => r.Cells[c].Value) }),
        };
        return JsonSerializer.Serialize(spec, Json);
    }
}
