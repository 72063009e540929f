using System.ComponentModel.DataAnnotations;
using Kim.Workflows.Domain.Consultations;

namespace Kim.Workflows.Web.Pages.Cases;

/// <summary>The Fallkonferenz form of the case file.</summary>
public sealed class ConferenceForm
{
    [Required(ErrorMessage = "Bitte den Anlass angeben.")]
    [StringLength(500, ErrorMessage = "Der Anlass darf höchstens 500 Zeichen lang sein.")]
    public string? Anlass { get; set; }

    [Required(ErrorMessage = "Bitte das Datum angeben.")]
    public DateOnly? Datum { get; set; }

    [Required(ErrorMessage = "Bitte die Uhrzeit angeben.")]
    public TimeOnly? Uhrzeit { get; set; }

    [Range(15, 480, ErrorMessage = "Die Dauer muss zwischen 15 und 480 Minuten liegen.")]
    public int Dauer { get; set; } = 90;

    [StringLength(300, ErrorMessage = "Der Ort darf höchstens 300 Zeichen lang sein.")]
    public string? Ort { get; set; }

    [StringLength(500, ErrorMessage = "Der Video-Link darf höchstens 500 Zeichen lang sein.")]
    [Url(ErrorMessage = "Der Video-Link muss eine vollständige Adresse sein (https://…).")]
    public string? VideoLink { get; set; }

    [Required(ErrorMessage = "Bitte die Tagesordnung angeben.")]
    [StringLength(4000, MinimumLength = 3, ErrorMessage = "Die Tagesordnung muss 3 bis 4000 Zeichen lang sein.")]
    public string? Tagesordnung { get; set; }

    public List<string> Partner { get; set; } = [];

    public List<string> Datenkategorien { get; set; } = [];

    public bool KlientNimmtTeil { get; set; }
}

/// <summary>The consultation form of the case file (ABH or EBH and the topic).</summary>
public sealed class ConsultationForm
{
    public Authority Behoerde { get; set; } = Authority.Auslaenderbehoerde;

    public ConsultationTopic Thema { get; set; } = ConsultationTopic.Bleiberecht25b;

    [StringLength(4000, ErrorMessage = "Die Frage darf höchstens 4000 Zeichen lang sein.")]
    public string? Frage { get; set; }
}

/// <summary>The note form of the case file.</summary>
public sealed class NoteForm
{
    [Required(ErrorMessage = "Bitte einen Text eingeben.")]
    [StringLength(4000, ErrorMessage = "Die Notiz darf höchstens 4000 Zeichen lang sein.")]
    public string? Text { get; set; }
}
