using System.Text.Encodings.Web;

namespace Kim.Workflows.Web.Partners;

/// <summary>The small self-contained German page partners see (no layout, no login, no scripts).</summary>
public static class PartnerAnswerPage
{
    public static string Invalid { get; } = Render("Link ungültig",
        "Dieser Antwort-Link ist ungültig oder wurde verändert. Es wurde nichts gespeichert. Bitte verwenden Sie den Link aus der Einladung unverändert oder wenden Sie sich an das Fallmanagement.", null, false);

    public static string Expired { get; } = Render("Link abgelaufen",
        "Dieser Antwort-Link ist abgelaufen. Es wurde nichts gespeichert. Bitte wenden Sie sich direkt an das Fallmanagement.", null, false);

    public static string Render(string title, string text, string? button, bool form)
    {
        var e = HtmlEncoder.Default;
        var action = form && button is not null
            ? $"<form method=\"post\"><button type=\"submit\">{Encode(button)}</button></form>"
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{Encode(title)} – KIM Kreis Warendorf</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2933{"}"}
            button{"{"}padding:.6rem 1.2rem;font-size:1rem;background:#1f6f43;color:#fff;border:0;border-radius:4px;cursor:pointer{"}"}</style></head>
            <body><p>Kreis Warendorf – Kommunales Integrationsmanagement (KIM)</p>
            <h1>{Encode(title)}</h1><p>{Encode(text)}</p>{action}</body></html>
            """;

        string Encode(string value) => e.Encode(value).Replace("&#xE4;", "ä").Replace("&#xF6;", "ö").Replace("&#xFC;", "ü").Replace("&#xDF;", "ß")
            .Replace("&#xC4;", "Ä").Replace("&#xD6;", "Ö").Replace("&#xDC;", "Ü").Replace("&#x2013;", "–").Replace("&#x201E;", "„").Replace("&#x201C;", "“");
    }
}
