using Kim.Workflows.Application.Cases;
using Kim.Workflows.Domain.Assessment;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// The per-area fields of the tasks „Assessment je Lebensbereich“ and „Re-Assessment durchführen“: for each life area
/// <c>bedarf{Bereich}</c> (enum kein, gering, bedarf, dringend; empty: not rated), <c>lb{Bereich}</c> (needs) and
/// <c>ressourcen{Bereich}</c> (resources), with Bereich one of Aufenthalt, Sprache, Bildung, Arbeit, Wohnen, Gesundheit,
/// Finanzen, Familie, Teilhabe. The ids <c>lb…</c> are those of the earlier free-text form, so older instances still map.
/// </summary>
internal static class AssessmentFormFields
{
    public static string Suffix(Lebensbereich area) => area switch
    {
        Lebensbereich.BildungAnerkennung => "Bildung",
        Lebensbereich.FamilieSchuleKita => "Familie",
        _ => area.ToString(),
    };

    /// <summary>The enum id of a need level in the form (the inverse of <see cref="Level"/>).</summary>
    public static string IdOf(NeedLevel level) => level switch
    {
        NeedLevel.KeinBedarf => "kein",
        NeedLevel.GeringerBedarf => "gering",
        NeedLevel.Bedarf => "bedarf",
        _ => "dringend",
    };

    public static NeedLevel? Level(string? id) => id?.Trim().ToLowerInvariant() switch
    {
        "kein" => NeedLevel.KeinBedarf,
        "gering" => NeedLevel.GeringerBedarf,
        "bedarf" => NeedLevel.Bedarf,
        "dringend" => NeedLevel.DringenderBedarf,
        { } other when Enum.TryParse<NeedLevel>(other, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) => parsed,
        _ => null,
    };

    /// <summary>The nine areas as entered (texts cut to the record's limits).</summary>
    public static IReadOnlyList<AssessmentAreaInput> Read(IReadOnlyDictionary<string, object?> v) =>
        [.. Enum.GetValues<Lebensbereich>().Select(area =>
        {
            var suffix = Suffix(area);
            return new AssessmentAreaInput
            {
                Lebensbereich = area,
                NeedLevel = Level(Variables.String(v, "bedarf" + suffix)),
                Needs = FormText.Fit(Variables.String(v, "lb" + suffix), AssessmentInput.TextMaxLength),
                Resources = FormText.Fit(Variables.String(v, "ressourcen" + suffix), AssessmentInput.TextMaxLength),
            };
        })];
}
