namespace Kim.Workflows.Engine.Model;

/// <summary>How a Camunda 7 file names the code behind a service task.</summary>
public enum ServiceBindingKind
{
    /// <summary><c>camunda:delegateExpression="${name}"</c>.</summary>
    DelegateExpression,

    /// <summary><c>camunda:class="a.b.C"</c>: bound to a handler registered under the class name.</summary>
    Class,

    /// <summary><c>camunda:expression="${...}"</c>: evaluated in the sandbox.</summary>
    Expression,

    /// <summary><c>camunda:type="external" camunda:topic="x"</c>.</summary>
    External,

    /// <summary><c>camunda:connector</c> with a connector id such as <c>mail-send</c>.</summary>
    Connector,
}
