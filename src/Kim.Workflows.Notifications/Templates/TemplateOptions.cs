namespace Kim.Workflows.Notifications.Templates;

/// <summary>Where the notice templates live and how far a template may go when it renders.</summary>
/// <remarks>
/// Templates are edited by process owners, not developers, so every limit here is a guard against
/// a template that loops, recurses or produces megabytes by mistake.
/// </remarks>
public sealed class TemplateOptions
{
    /// <summary>Folder with the <c>*.sbn</c> files; relative paths resolve against the current directory.</summary>
    public string Directory { get; set; } = "templates";

    /// <summary>Cumulative iterations allowed across nested loops in one render (Scriban <c>LoopLimit</c>).</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Depth of nested function calls (Scriban <c>RecursiveLimit</c>).</summary>
    public int RecursiveLimit { get; set; } = 20;

    /// <summary>Maximum characters one part (subject, HTML or text, layout included) may produce.</summary>
    public int MaxOutputChars { get; set; } = 256 * 1024;

    /// <summary>Culture for numbers and dates written by templates.</summary>
    public string Culture { get; set; } = "de-DE";

    /// <summary>Time zone in which the date helpers (<c>datum</c>, <c>uhrzeit</c>, ...) show instants.</summary>
    public string TimeZoneId { get; set; } = "Europe/Berlin";

    /// <summary>
    /// Values every template can use, e.g. <c>organisation</c> for the layout's sender line.
    /// They live in configuration so that no office name or address is hard-coded in a template.
    /// A model value with the same name wins.
    /// </summary>
    public Dictionary<string, string> Globals { get; set; } = new(StringComparer.Ordinal);
}
