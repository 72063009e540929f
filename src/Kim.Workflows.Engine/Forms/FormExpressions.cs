namespace Kim.Workflows.Engine.Forms;

/// <summary>form-js marks FEEL with a leading <c>=</c>; everything else is a plain value.</summary>
public static class FormExpressions
{
    public static bool IsExpression(string? text) => text is { Length: > 1 } && text[0] == '=';

    /// <summary>The FEEL text without the leading <c>=</c>.</summary>
    public static string Body(string expression) => expression[1..].Trim();
}
