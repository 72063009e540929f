namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// form-js <c>validate</c>: min/max/minLength/maxLength are numbers or FEEL text (<c>=expr</c>), as in form-js;
/// pattern is a regular expression; validationType is <c>email</c>, <c>phone</c> or custom.
/// </summary>
public sealed record FormValidate
{
    public bool Required { get; init; }

    public object? Min { get; init; }

    public object? Max { get; init; }

    public object? MinLength { get; init; }

    public object? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public string? PatternErrorMessage { get; init; }

    public string? ValidationType { get; init; }
}
