using System.ComponentModel.DataAnnotations;
using Kim.Workflows.Domain.Cases;
using Kim.Workflows.Domain.Clients;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The intake form: only the data the first steps need (data minimisation).</summary>
public sealed class IntakeForm
{
    [Required(ErrorMessage = "Bitte den Vornamen angeben.")]
    [StringLength(100, ErrorMessage = "Der Vorname darf höchstens 100 Zeichen lang sein.")]
    public string? Vorname { get; set; }

    [Required(ErrorMessage = "Bitte den Nachnamen angeben.")]
    [StringLength(100, ErrorMessage = "Der Nachname darf höchstens 100 Zeichen lang sein.")]
    public string? Nachname { get; set; }

    public DateOnly? Geburtsdatum { get; set; }

    [Required(ErrorMessage = "Bitte die Gemeinde auswählen.")]
    public string? Gemeinde { get; set; }

    public ReferralSource Zugang { get; set; } = ReferralSource.Selbstmeldung;

    public List<Rechtskreis> Rechtskreise { get; set; } = [];

    [StringLength(300, ErrorMessage = "Die Sprachen dürfen höchstens 300 Zeichen lang sein.")]
    public string? Sprachen { get; set; }

    public bool Dolmetschbedarf { get; set; }

    [StringLength(100, ErrorMessage = "Die Dolmetschsprache darf höchstens 100 Zeichen lang sein.")]
    public string? Dolmetschsprache { get; set; }

    [StringLength(50, ErrorMessage = "Die Telefonnummer darf höchstens 50 Zeichen lang sein.")]
    [RegularExpression(@"^[0-9+()/ \-]*$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")]
    public string? Telefon { get; set; }

    [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
    [EmailAddress(ErrorMessage = "Bitte eine gültige E-Mail-Adresse angeben.")]
    public string? Email { get; set; }

    public Aufenthaltsstatus Aufenthaltsstatus { get; set; } = Aufenthaltsstatus.Unbekannt;

    public DateOnly? AufenthaltGueltigBis { get; set; }

    /// <summary>The case manager takes the case herself; otherwise it waits in the district team's inbox.</summary>
    public bool SelbstUebernehmen { get; set; } = true;
}
