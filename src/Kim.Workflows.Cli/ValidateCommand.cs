using System.Text.Json;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Cli;

/// <summary><c>validate FILE.bpmn</c>: <c>{"valid":bool,"errors":[{"elementId","message",…}]}</c>, exit 0 valid, 1 invalid.</summary>
internal static class ValidateCommand
{
    public static int Run(string bpmnPath)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(bpmnPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Print(false, [new ValidationProblem("file", null, "unreadable", $"Die Datei kann nicht gelesen werden: {e.Message}")], []);
            return 1;
        }

        ValidationResult result;
        try
        {
            result = BpmnValidator.Validate(content);
        }
        catch (Exception e)
        {
            // The validator reports problems, it does not throw; if it ever does, say so as a finding
            // (and on stderr for us) instead of crashing the caller's tooling.
            Console.Error.WriteLine($"validate: internal error: {e}");
            Print(false, [new ValidationProblem("definitions", null, "internal-error", $"Die Datei konnte nicht geprüft werden (interner Fehler: {e.Message}).")], []);
            return 1;
        }

        Print(result.IsValid, result.Errors.ToList(), result.Notes.ToList());
        return result.IsValid ? 0 : 1;
    }

    private static void Print(bool valid, IReadOnlyList<ValidationProblem> errors, IReadOnlyList<ValidationProblem> notes)
    {
        static object Shape(ValidationProblem p) => new { elementId = p.ElementId, elementName = p.ElementName, rule = p.Rule, message = p.Message, line = p.Line };
        Console.WriteLine(JsonSerializer.Serialize(new { valid, errors = errors.Select(Shape), notes = notes.Select(Shape) }));
    }
}
