namespace Kim.Workflows.Engine.Variables;

/// <summary>A variable (or all of an instance's variables together) would exceed <see cref="VariableLimits"/>; nothing was saved.</summary>
public sealed class VariableLimitException : EngineException
{
    public VariableLimitException(string variableName, long sizeBytes, long limitBytes, bool instanceTotal)
        : base(instanceTotal
            ? $"Die Variablen der Instanz wären mit „{variableName}“ zusammen {VariableSize.Format(sizeBytes)} groß; erlaubt sind höchstens {VariableSize.Format(limitBytes)}."
            : $"Die Variable „{variableName}“ ist {VariableSize.Format(sizeBytes)} groß; erlaubt sind höchstens {VariableSize.Format(limitBytes)} je Variable.")
    {
        VariableName = variableName;
        SizeBytes = sizeBytes;
        LimitBytes = limitBytes;
    }

    public VariableLimitException()
    {
        VariableName = "";
    }

    public VariableLimitException(string message)
        : base(message)
    {
        VariableName = "";
    }

    public VariableLimitException(string message, Exception inner)
        : base(message, inner)
    {
        VariableName = "";
    }

    public string VariableName { get; }

    public long SizeBytes { get; }

    public long LimitBytes { get; }
}
