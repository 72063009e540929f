using Kim.Workflows.Engine.Feel;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Deploy-time syntax check of a form's FEEL (<c>=…</c>) with the engine's parser, so a broken condition
/// is reported when the form is validated and not first when a case manager submits it.
/// </summary>
internal static class FormFeelSyntax
{
    // Only the parser is used: the clock is never read, and reading it would be a defect.
    private static readonly FeelEngine Parser = new(new NoClock());

    /// <summary>The German problem (with line and column inside the expression), or null when it parses.</summary>
    public static string? Problem(string expression) =>
        Parser.Check(FormExpressions.Body(expression)) is { } error ? error.Message : null;

    private sealed class NoClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() =>
            throw new InvalidOperationException("Form syntax checks must not read the clock.");
    }
}
