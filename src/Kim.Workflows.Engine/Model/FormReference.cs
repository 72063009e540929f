namespace Kim.Workflows.Engine.Model;

/// <summary>What kind of form a user task names.</summary>
public enum FormReferenceKind
{
    /// <summary>A Camunda Form (form-js JSON): <c>camunda:formRef</c> or <c>camunda:formKey="camunda-forms:…"</c>.</summary>
    CamundaForm,

    /// <summary>A step of the case file (<c>kim:fallakte:&lt;schritt&gt;</c>): the case file's editor, not a form.</summary>
    CaseFileStep,

    /// <summary>Any other form key (<c>embedded:…</c>, <c>app:…</c>, free text): rejected at validation.</summary>
    Unsupported,
}

/// <summary>Which version of a referenced Camunda Form a task uses (Camunda 7 <c>camunda:formRefBinding</c>).</summary>
public enum FormRefBinding
{
    /// <summary>The form deployed together with the process definition.</summary>
    Deployment,

    /// <summary>The latest published form with that id when the task is created (Camunda 7's default).</summary>
    Latest,

    /// <summary>The version named by <c>camunda:formRefVersion</c>.</summary>
    Version,
}

/// <summary>
/// The form a user task refers to, read from <c>camunda:formRef</c> (+ binding, version) or <c>camunda:formKey</c>.
/// Parsing never fails: what is wrong (unknown binding, missing version, unsupported key) is kept here and
/// reported by the validation rules, naming the task.
/// </summary>
public sealed record FormReference
{
    public const string CamundaFormsDeploymentPrefix = "camunda-forms:deployment:";
    public const string CamundaFormsAppPrefix = "camunda-forms:app:";
    public const string CaseFileStepPrefix = "kim:fallakte:";

    public required FormReferenceKind Kind { get; init; }

    /// <summary>The attribute as written, for messages (e.g. <c>camunda:formKey="embedded:app:x.html"</c>).</summary>
    public required string Source { get; init; }

    /// <summary><c>camunda:formRef</c>: the <c>id</c> of the form-js JSON.</summary>
    public string? FormId { get; init; }

    /// <summary><c>camunda-forms:deployment:X.form</c> / <c>camunda-forms:app:X.form</c>: the file name X.form.</summary>
    public string? FileName { get; init; }

    /// <summary>True for <c>camunda-forms:app:</c> (a resource of the application; accepted when it is in the deployment).</summary>
    public bool FromApplication { get; init; }

    /// <summary>Null when <see cref="BindingText"/> is none of deployment, latest, version.</summary>
    public FormRefBinding? Binding { get; init; }

    public string? BindingText { get; init; }

    /// <summary><c>camunda:formRefVersion</c> when it is a positive whole number.</summary>
    public int? Version { get; init; }

    public string? VersionText { get; init; }

    /// <summary>For <see cref="FormReferenceKind.CaseFileStep"/>: the text after <c>kim:fallakte:</c>.</summary>
    public string? CaseFileStep { get; init; }

    /// <summary>True when both <c>camunda:formRef</c> and <c>camunda:formKey</c> are set (Camunda 7 allows only one).</summary>
    public bool HasBothAttributes { get; init; }

    /// <summary>Interprets the Camunda 7 attributes of a user task; null when the task names no form.</summary>
    public static FormReference? From(string? formKey, string? formRef, string? bindingText, string? versionText)
    {
        formKey = string.IsNullOrWhiteSpace(formKey) ? null : formKey.Trim();
        formRef = string.IsNullOrWhiteSpace(formRef) ? null : formRef.Trim();
        if (formRef is not null)
        {
            var binding = (bindingText?.Trim() ?? "latest") switch
            {
                "deployment" => FormRefBinding.Deployment,
                "latest" => FormRefBinding.Latest,
                "version" => FormRefBinding.Version,
                _ => (FormRefBinding?)null,
            };
            return new FormReference
            {
                Kind = FormReferenceKind.CamundaForm,
                Source = $"camunda:formRef=\"{formRef}\"",
                FormId = formRef,
                Binding = binding,
                BindingText = bindingText?.Trim(),
                Version = int.TryParse(versionText?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null,
                VersionText = versionText?.Trim(),
                HasBothAttributes = formKey is not null,
            };
        }

        if (formKey is null)
        {
            return null;
        }

        var source = $"camunda:formKey=\"{formKey}\"";
        if (formKey.StartsWith(CamundaFormsDeploymentPrefix, StringComparison.Ordinal) || formKey.StartsWith(CamundaFormsAppPrefix, StringComparison.Ordinal))
        {
            var fromApp = formKey.StartsWith(CamundaFormsAppPrefix, StringComparison.Ordinal);
            var fileName = formKey[(fromApp ? CamundaFormsAppPrefix : CamundaFormsDeploymentPrefix).Length..].Trim();
            return new FormReference
            {
                Kind = FormReferenceKind.CamundaForm,
                Source = source,
                FileName = fileName,
                FromApplication = fromApp,
                Binding = FormRefBinding.Deployment,
            };
        }

        if (formKey.StartsWith(CaseFileStepPrefix, StringComparison.Ordinal))
        {
            return new FormReference { Kind = FormReferenceKind.CaseFileStep, Source = source, CaseFileStep = formKey[CaseFileStepPrefix.Length..] };
        }

        return new FormReference { Kind = FormReferenceKind.Unsupported, Source = source };
    }
}
