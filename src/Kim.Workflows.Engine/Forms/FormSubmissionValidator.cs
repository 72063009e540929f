namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Server-side truth for a Camunda Form submission: validates the submitted data against the form the
/// task was created with and returns the variables to write. Only the form's keys are written (nothing
/// else of the POST); hidden fields are neither validated nor written (their earlier value stays);
/// readonly and disabled fields keep the server's value; expression fields are computed here and a
/// submitted value for them is ignored. Errors are German, keyed by field path (<c>liste[0].feld</c>).
/// </summary>
public static class FormSubmissionValidator
{
    /// <param name="form">The form of the task's stored version.</param>
    /// <param name="submitted">The submitted data (engine value model, e.g. from <c>VariableValues.FromJson</c>).</param>
    /// <param name="current">The variables the task sees now: the form's input data and the earlier values.</param>
    /// <param name="evaluator">FEEL for conditions, FEEL limits, readonly/disabled, valuesExpression and expression fields.</param>
    /// <param name="today">The local date (Europe/Berlin) for <c>disallowPassedDates</c>; null skips that check.</param>
    public static FormValidationResult Validate(
        FormDefinition form,
        IReadOnlyDictionary<string, object?> submitted,
        IReadOnlyDictionary<string, object?> current,
        IFormExpressionEvaluator evaluator,
        DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new FormSubmissionWalk(evaluator, current, today).Run(form, submitted);
    }
}
