using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kim.Workflows.Domain.Privacy;

/// <summary>
/// A copy of the personal data of one case (Art. 15 Abs. 3 DSGVO) with the information Art. 15
/// Abs. 1 asks for (purposes, recipients, storage period, source, rights). Sections of labelled
/// fields, so the same object is the JSON download and the printable page.
/// </summary>
public sealed record CaseDataExport(
    string CaseNumber,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    IReadOnlyList<ExportField> Information,
    IReadOnlyList<ExportSection> Sections)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>A heading with entries (one for the person, several for goals, contacts, …).</summary>
public sealed record ExportSection(string Title, IReadOnlyList<IReadOnlyList<ExportField>> Entries);

public sealed record ExportField(string Label, string? Value);
