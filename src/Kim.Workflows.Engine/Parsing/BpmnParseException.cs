namespace Kim.Workflows.Engine.Parsing;

/// <summary>The file is not readable BPMN XML at all (malformed, too large, DTD, too deep).</summary>
public sealed class BpmnParseException : Exception
{
    public BpmnParseException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public BpmnParseException()
    {
    }

    public BpmnParseException(string message)
        : base(message)
    {
    }
}
