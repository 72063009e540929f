namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// A template could not be loaded, parsed or rendered. Carries the file and the 1-based position so
/// that a process owner can find the mistake without reading a stack trace.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string templateFile, int? line, int? column, string reason, Exception? innerException = null)
        : base(Format(templateFile, line, column, reason), innerException)
    {
        TemplateFile = templateFile;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>File name of the template (e.g. <c>fallkonferenz-einladung.html.sbn</c>).</summary>
    public string TemplateFile { get; }

    /// <summary>1-based line, when the problem has a position.</summary>
    public int? Line { get; }

    /// <summary>1-based column, when the problem has a position.</summary>
    public int? Column { get; }

    /// <summary>The message without the position prefix.</summary>
    public string Reason { get; }

    private static string Format(string file, int? line, int? column, string reason) =>
        line is null
            ? $"Template '{file}': {reason}"
            : $"Template '{file}' line {line}, column {column}: {reason}";
}
