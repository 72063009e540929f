using Kim.Workflows.Engine.Model;
using Kim.Workflows.Engine.Parsing;

namespace Kim.Workflows.Engine.Validation;

/// <summary>
/// Deploy-time checks: a file that passes runs; one that fails never does. Each problem names the
/// element. Rules live in small classes by family (structure, events, expressions, tasks).
/// </summary>
public static class BpmnValidator
{
    public static ValidationResult Validate(byte[] content, ValidationOptions? options = null, ParserLimits? limits = null)
    {
        var parsed = BpmnParser.Parse(content, limits);
        var problems = new List<ValidationProblem>(parsed.Problems);
        if (parsed.Model is { } model)
        {
            Validate(model, options ?? ValidationOptions.Default, problems);
        }

        return new ValidationResult(parsed.Model, problems);
    }

    public static ValidationResult Validate(string xml, ValidationOptions? options = null) =>
        Validate(System.Text.Encoding.UTF8.GetBytes(xml), options);

    private static void Validate(BpmnModel model, ValidationOptions options, List<ValidationProblem> problems)
    {
        var executable = model.Processes.Where(p => p.IsExecutable).ToList();
        if (model.Processes.Count > 0 && executable.Count == 0)
        {
            var p = model.Processes[0];
            problems.Add(new ValidationProblem(p.Id, p.Name, "not-executable",
                "Kein Prozess der Datei ist als ausführbar markiert (isExecutable=\"true\"); es gibt nichts zu starten."));
        }

        // Non-executable processes are checked too when a call activity of this file calls them.
        var called = executable.SelectMany(p => p.AllNodes.OfType<CallActivity>()).Select(c => c.CalledElement).ToHashSet(StringComparer.Ordinal);
        foreach (var process in model.Processes.Where(p => p.IsExecutable || called.Contains(p.Id)))
        {
            var context = new ValidationContext(model, process, options, problems);
            StructureRules.Check(context);
            EventRules.Check(context);
            TaskRules.Check(context);
            FormReferenceRules.Check(context);
            ExpressionRules.Check(context);
        }
    }
}
