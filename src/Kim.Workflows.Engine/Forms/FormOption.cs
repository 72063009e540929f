namespace Kim.Workflows.Engine.Forms;

/// <summary>One choice of a select, radio, checklist or taglist (<c>{ "label", "value" }</c>).</summary>
public sealed record FormOption(string? Label, object? Value);
