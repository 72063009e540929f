namespace Kim.Workflows.Notifications.Templates;

/// <summary>The three rendered parts of one notice, ready to become an e-mail.</summary>
public sealed record RenderedNotice(string Subject, string HtmlBody, string TextBody);
