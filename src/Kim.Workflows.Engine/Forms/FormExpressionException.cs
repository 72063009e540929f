namespace Kim.Workflows.Engine.Forms;

/// <summary>A form's FEEL expression cannot be evaluated (syntax error, no evaluator); the message is German.</summary>
public sealed class FormExpressionException(string message, Exception? inner = null) : Exception(message, inner);
