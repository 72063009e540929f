using Kim.Workflows.Domain.Services;

namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>
/// A line of the Leistungssteuerung form: title, provider text (directory entry or name), the status it names (null: none or
/// an unknown word, kept in <see cref="UnknownStatus"/>), and whether it reads as a Verweisberatung.
/// </summary>
internal sealed record ServiceLine(string Title, string? Provider, ServiceStatus? Status, string? UnknownStatus, bool IsReferral);
