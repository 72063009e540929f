namespace Kim.Workflows.Domain.Consents;

public enum ConsentForm
{
    /// <summary>The rule: a signed form, kept on file.</summary>
    Schriftlich,
    /// <summary>Electronic with a qualified or documented signature.</summary>
    Elektronisch,
}
