namespace Kim.Workflows.Engine.Model;

/// <summary>The code behind a service/send task: a handler name looked up in the host's registry.</summary>
public sealed record ServiceBinding(ServiceBindingKind Kind, string HandlerName, string? Expression, string? ResultVariable, IoMapping? ConnectorIo)
{
    /// <summary>True when the host must run a handler (everything but a plain expression).</summary>
    public bool NeedsHandler => Kind != ServiceBindingKind.Expression;
}
