using Scriban;

namespace Kim.Workflows.Notifications.Templates;

/// <summary>The three parsed parts of one notice. Parsed templates are immutable and shared by all renders.</summary>
internal sealed record NoticeTemplate(string Name, Template Subject, Template Html, Template Text);
