namespace Kim.Workflows.Domain.Consultations;

/// <summary>The authority a consultation goes to (Baustein 3 posts).</summary>
public enum Authority
{
    Auslaenderbehoerde,
    Einbuergerungsbehoerde,
}
