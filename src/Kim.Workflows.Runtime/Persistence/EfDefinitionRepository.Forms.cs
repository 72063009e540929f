using System.Security.Cryptography;
using System.Text;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Validation;
using Kim.Workflows.Runtime.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Kim.Workflows.Runtime.Persistence;

/// <summary>The Camunda Forms of deployments: stored with the BPMN, versioned per form id, resolved per binding.</summary>
public sealed partial class EfDefinitionRepository
{
    /// <summary>
    /// The form a task of <paramref name="definitionId"/> shows: <c>deployment</c> = the form deployed with the
    /// definition; <c>latest</c> = the newest published version (else the definition's own); <c>version</c> = that
    /// version. Null when the reference is no Camunda Form or nothing matches.
    /// </summary>
    public async Task<DeployedForm?> ResolveFormAsync(string definitionId, FormReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Kind != FormReferenceKind.CamundaForm)
        {
            return null;
        }

        await using var db = contexts.Create();
        var deploymentId = await db.Definitions.AsNoTracking().Where(d => d.Id == definitionId).Select(d => (Guid?)d.DeploymentId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (deploymentId is null)
        {
            return null;
        }

        var own = db.DeploymentForms.AsNoTracking().Where(f => f.DeploymentId == deploymentId);
        DeploymentFormRecord? row;
        if (reference.FileName is { } fileName)
        {
            var name = fileName.Replace('\\', '/').Split('/')[^1];
            row = await own.FirstOrDefaultAsync(f => f.FileName == name, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var id = reference.FormId!;
            row = reference.Binding switch
            {
                FormRefBinding.Latest => await db.DeploymentForms.AsNoTracking()
                        .Where(f => f.FormId == id && db.Definitions.Any(d => d.DeploymentId == f.DeploymentId && d.State == DefinitionState.Published))
                        .OrderByDescending(f => f.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                    ?? await own.FirstOrDefaultAsync(f => f.FormId == id, cancellationToken).ConfigureAwait(false),
                FormRefBinding.Version => await db.DeploymentForms.AsNoTracking().Where(f => f.FormId == id && f.Version == reference.Version)
                    .OrderBy(f => f.DeployedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false),
                _ => await own.FirstOrDefaultAsync(f => f.FormId == id, cancellationToken).ConfigureAwait(false),
            };
        }

        if (row is null)
        {
            return null;
        }

        // Stored forms passed the schema check when deployed; a form that no longer parses is a server fault.
        var parsed = FormSchemaParser.Parse(row.Json, row.FileName);
        var form = parsed.Form ?? throw new InvalidOperationException($"Stored form '{row.FormId}' v{row.Version} no longer parses: {string.Join("; ", parsed.Problems.Select(p => p.Message))}");
        return new DeployedForm(form, row.Version, row.Json);
    }

    /// <summary>The label of a deployment source as a BPMN file name, so the deployment validator sees a BPMN file.</summary>
    private static string BpmnFileName(string source) =>
        source.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase) ? source : "process.bpmn";

    /// <summary>The BPMN's hash alone when there are no forms (as before forms existed); else over the BPMN and every form by name.</summary>
    private static string DeploymentHash(byte[] bpmn, List<DeploymentFile> forms)
    {
        if (forms.Count == 0)
        {
            return Convert.ToHexString(SHA256.HashData(bpmn));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bpmn);
        foreach (var form in forms)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\0" + form.Name + "\0"));
            hash.AppendData(form.Content);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Form ids and versions of published deployments, for <c>latest</c>/<c>version</c> references to earlier forms.</summary>
    private async Task<HashSet<(string FormId, int? Version)>> PublishedFormsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.DeploymentForms.AsNoTracking()
            .Where(f => db.Definitions.Any(d => d.DeploymentId == f.DeploymentId && d.State == DefinitionState.Published))
            .Select(f => new { f.FormId, f.Version }).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.FormId, (int?)r.Version)).ToHashSet();
    }

    /// <summary>Stores every form of the deployment; a form's version grows only when its content differs from its newest version.</summary>
    private static async Task AddFormsAsync(WorkflowDbContext db, DeploymentRecord deployment, List<DeploymentFile> files, DeploymentForms forms, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var form = forms.ByFileName(file.Name) ?? throw new InvalidOperationException($"Form file '{file.Name}' passed validation but was not parsed.");
            var hash = Convert.ToHexString(SHA256.HashData(file.Content));
            var newest = await db.DeploymentForms.AsNoTracking().Where(f => f.FormId == form.Id).OrderByDescending(f => f.Version)
                .Select(f => new { f.Version, f.ContentHash }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            db.DeploymentForms.Add(new DeploymentFormRecord
            {
                Id = Guid.CreateVersion7(deployment.DeployedAt),
                DeploymentId = deployment.Id,
                FormId = form.Id,
                Version = newest is null ? 1 : newest.ContentHash == hash ? newest.Version : newest.Version + 1,
                FileName = file.Name.Replace('\\', '/').Split('/')[^1],
                Json = Encoding.UTF8.GetString(file.Content),
                ContentHash = hash,
                DeployedAt = deployment.DeployedAt,
            });
        }
    }
}
