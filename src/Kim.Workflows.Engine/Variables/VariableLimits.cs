namespace Kim.Workflows.Engine.Variables;

/// <summary>
/// How large process variables may get: one value, and all variables of one instance together (sizes as
/// <see cref="VariableSize"/> measures them, about their stored JSON). Files and large texts belong elsewhere.
/// </summary>
public sealed record VariableLimits(long MaxValueBytes, long MaxInstanceBytes)
{
    public static VariableLimits Default { get; } = new(256 * 1024, 2 * 1024 * 1024);
}
