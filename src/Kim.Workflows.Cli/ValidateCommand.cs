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

        var result = BpmnValidator.Validate(content);
        Print(result.IsValid, result.Errors.ToList(), result.Notes.ToList());
        return result.IsValid ? 0 : 1;
    }

    private static void Print(bool valid, IReadOnlyList<ValidationProblem> errors, IReadOnlyList<ValidationProblem> notes)
    {
        static object Shape(ValidationProblem p) => new { elementId = p.ElementId, elementName = p.ElementName, rule = p.Rule, message = p.Message, line = p.Line };
        Console.WriteLine(JsonSerializer.Serialize(new { valid, errors = errors.Select(Shape), notes = notes.Select(Shape) }));
    }
}
