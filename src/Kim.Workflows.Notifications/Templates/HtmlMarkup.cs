namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// Markup that was already produced (and escaped) by our own rendering, such as the body placed
/// into the layout. The escaping context writes it unchanged; templates cannot create it.
/// </summary>
internal sealed record HtmlMarkup(string Value)
{
    public override string ToString() => Value;
}
