using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Web.Definitions;

/// <summary>
/// What the designer and the definitions API need from definition storage. Backed in memory by the engine's
/// repository today; the durable runtime (EF Core) will provide its own implementation.
/// </summary>
public interface IDefinitionCatalog
{
    /// <summary>Every workflow with its published versions and its draft, ordered by name.</summary>
    Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default);

    Task<WorkflowSummary?> FindAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The XML of a version: a number, <c>draft</c>, or <c>latest</c> (the newest published).</summary>
    Task<string?> GetXmlAsync(string key, string version, CancellationToken cancellationToken = default);

    /// <summary>Stores the draft of <paramref name="key"/> when the XML parses; the findings come back either way.</summary>
    Task<DraftSaveResult> SaveDraftAsync(string key, string xml, CancellationToken cancellationToken = default);

    /// <summary>Parses and checks without storing anything.</summary>
    ValidationResult Validate(string xml);

    /// <summary>Deploys <paramref name="xml"/> (or the stored draft when null) as the next version of <paramref name="key"/>.</summary>
    Task<PublishResult> PublishAsync(string key, string? xml, CancellationToken cancellationToken = default);
}
