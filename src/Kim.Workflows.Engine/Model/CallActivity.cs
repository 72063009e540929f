namespace Kim.Workflows.Engine.Model;

/// <summary>A call activity: starts another process (by key) as a child instance and waits for it.</summary>
public sealed class CallActivity : Activity
{
    public CallActivity(string id, string? name, string calledElement)
        : base(id, name, ElementKind.CallActivity)
    {
        CalledElement = calledElement;
    }

    /// <summary>Key (process id) of the called process; may be an expression.</summary>
    public string CalledElement { get; }

    public IReadOnlyList<CallParameter> In { get; internal set; } = [];

    public IReadOnlyList<CallParameter> Out { get; internal set; } = [];

    /// <summary><c>camunda:in businessKey="..."</c>: expression giving the child's business key.</summary>
    public string? BusinessKeyExpression { get; internal set; }
}
