namespace Kim.Workflows.Application;

/// <summary>Settings of the application layer (section <c>KimWorkflows:Application</c>).</summary>
public sealed class ApplicationOptions
{
    public const string Section = "KimWorkflows:Application";

    /// <summary>Absolute base address of the web host, for links in mails (answer links, task links).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Domain part of Message-Ids and calendar UIDs.</summary>
    public string MailDomain { get; set; } = "kim.kreis-warendorf.example";

    /// <summary>Seed the demo data and start the matching workflow instances (the embedded default).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Start workflow instances for the seeded demo cases (cycle, reminders, conferences, consultations).</summary>
    public bool StartDemoWorkflows { get; set; } = true;

    /// <summary>How long answer links stay valid after the conference started.</summary>
    public TimeSpan AnswerLinkValidityAfterStart { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Function mailbox of a district team, used while a case has no responsible case manager; {0} is the district id.</summary>
    public string TeamMailboxPattern { get; set; } = "fallmanagement.{0}@kreis-warendorf.example";

    /// <summary>Coordination mailbox per district id; missing districts fall back to the demo coordination users.</summary>
    public Dictionary<string, string> CoordinationEmails { get; set; } = new(StringComparer.Ordinal);

    /// <summary>ABH / EBH function mailboxes (consultations).</summary>
    public string AuslaenderbehoerdeEmail { get; set; } = "abh.bleiberecht@kreis-warendorf.example";

    public string EinbuergerungsbehoerdeEmail { get; set; } = "ebh.einbuergerung@kreis-warendorf.example";

    public string TaskLink => PublicBaseUrl.TrimEnd('/') + "/aufgaben";

    public string AnswerLink(string token) => PublicBaseUrl.TrimEnd('/') + "/antwort/" + token;

    public string CaseLink(string caseNumber) => PublicBaseUrl.TrimEnd('/') + "/faelle/" + Uri.EscapeDataString(caseNumber);
}
