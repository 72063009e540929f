using System.Globalization;
using System.Text;
using Kim.Workflows.Engine.Execution;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Runtime.Persistence;
using Kim.Workflows.Runtime.Persistence.Entities;

namespace Kim.Workflows.Web.Definitions;

/// <summary>
/// The designer's view of the durable runtime: published versions from <see cref="EfDefinitionRepository"/>
/// (the same repository the engine runs from) and working copies from <see cref="DesignerDraftStore"/>.
/// </summary>
public sealed class EfDefinitionCatalog(EfDefinitionRepository repository, DesignerDraftStore drafts, ValidationOptions options) : IDefinitionCatalog
{
    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var versions = await repository.AllVersionsAsync(cancellationToken);
        var draftList = await drafts.ListAsync(cancellationToken);
        var keys = versions.Select(v => v.ProcessKey).Concat(draftList.Select(d => d.ProcessKey)).Distinct(StringComparer.Ordinal);
        return keys
            .Select(k => Summarize(k, versions.Where(v => v.ProcessKey == k).ToList(), draftList.FirstOrDefault(d => d.ProcessKey == k)))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<WorkflowSummary?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        var versions = await repository.VersionsAsync(key, cancellationToken);
        var draft = await drafts.FindAsync(key, cancellationToken);
        return versions.Count == 0 && draft is null ? null : Summarize(key, versions, draft);
    }

    public async Task<string?> GetXmlAsync(string key, string version, CancellationToken cancellationToken = default)
    {
        switch (version)
        {
            case "draft":
                return (await drafts.FindAsync(key, cancellationToken))?.BpmnXml;
            case "latest":
                var latest = (await repository.VersionsAsync(key, cancellationToken)).LastOrDefault(v => v.State == DefinitionState.Published);
                return latest is null ? null : await repository.GetXmlAsync(latest.Id, cancellationToken);
            default:
                return int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? await repository.GetXmlAsync(DeployedProcess.MakeId(key, n), cancellationToken)
                    : null;
        }
    }

    public async Task<DraftSaveResult> SaveDraftAsync(string key, string xml, CancellationToken cancellationToken = default)
    {
        var result = Validate(xml);
        if (result.Model is null)
        {
            return new DraftSaveResult(false, result.Problems, null);
        }

        var saved = await drafts.SaveAsync(key, xml, NameOf(result, key), savedBy: null, cancellationToken);
        return new DraftSaveResult(true, result.Problems, saved.SavedAt);
    }

    public ValidationResult Validate(string xml) => BpmnValidator.Validate(Encoding.UTF8.GetBytes(xml), options);

    public async Task<PublishResult> PublishAsync(string key, string? xml, CancellationToken cancellationToken = default)
    {
        xml ??= (await drafts.FindAsync(key, cancellationToken))?.BpmnXml;
        if (xml is null)
        {
            return new PublishResult(PublishOutcome.NothingToPublish, null, []);
        }

        var check = Validate(xml);
        if (!check.IsValid)
        {
            return new PublishResult(PublishOutcome.Invalid, null, check.Problems);
        }

        if (!check.Model!.Processes.Any(p => p.Id == key))
        {
            var process = check.Model.Processes.Count > 0 ? check.Model.Processes[0] : null;
            ValidationProblem mismatch = new(process?.Id ?? "definitions", process?.Name, "key-mismatch",
                $"Die Datei enthält keinen Prozess mit der ID '{key}'. Die Prozess-ID muss dem Schlüssel des Workflows entsprechen.");
            return new PublishResult(PublishOutcome.Invalid, null, [mismatch, .. check.Problems]);
        }

        var deployment = await repository.DeployAsync(xml, "designer", deployedBy: null, publish: true, cancellationToken);
        if (!deployment.Success)
        {
            return new PublishResult(PublishOutcome.Invalid, null, deployment.Problems);
        }

        await drafts.DeleteAsync(key, cancellationToken);
        var created = deployment.Deployed.FirstOrDefault(d => d.Key == key);
        if (created is not null)
        {
            return new PublishResult(PublishOutcome.Published, created.Version, deployment.Problems);
        }

        var all = await repository.VersionsAsync(key, cancellationToken);
        var current = all.Count > 0 ? all[^1] : null;
        return new PublishResult(PublishOutcome.Unchanged, current?.Version, deployment.Problems);
    }

    private static string? NameOf(ValidationResult result, string key)
    {
        var process = result.Model?.Processes.FirstOrDefault(p => p.Id == key) ?? (result.Model is { Processes.Count: > 0 } m ? m.Processes[0] : null);
        return string.IsNullOrWhiteSpace(process?.Name) ? null : process.Name;
    }

    private static WorkflowSummary Summarize(string key, IReadOnlyList<DefinitionVersion> versions, DesignerDraftRecord? draft)
    {
        var list = versions
            .Select(v => new WorkflowVersion(
                v.Version.ToString(CultureInfo.InvariantCulture), v.Version,
                v.State == DefinitionState.Published ? WorkflowVersionState.Published : WorkflowVersionState.Draft,
                v.PublishedAt ?? v.DeployedAt))
            .ToList();
        if (draft is not null)
        {
            list.Add(new WorkflowVersion("draft", null, WorkflowVersionState.Draft, draft.SavedAt));
        }

        var latest = versions.LastOrDefault(v => v.State == DefinitionState.Published)?.Version;
        var name = draft?.Name ?? versions.LastOrDefault(v => !string.IsNullOrWhiteSpace(v.Name))?.Name ?? key;
        return new WorkflowSummary(key, name, list, latest, draft is not null);
    }
}
