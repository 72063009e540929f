using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Cli;

/// <summary>
/// <c>validate PATH…</c>: the files and folders named form one deployment (BPMN plus <c>.form</c> files);
/// prints <c>{"valid":bool,"errors":[{"file","elementId","message",…}],"notes":[…]}</c>, exit 0 valid, 1 invalid.
/// </summary>
internal static class ValidateCommand
{
    // German messages stay readable on the terminal; HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static int Run(IReadOnlyList<string> paths)
    {
        var (files, problems) = DeploymentFiles.Load(paths);
        if (problems.Count > 0)
        {
            Print(false, problems, []);
            return 1;
        }

        DeploymentValidationResult result;
        try
        {
            result = DeploymentValidator.Validate(files);
        }
        catch (Exception e)
        {
            // The validator reports problems, it does not throw; if it ever does, say so as a finding
            // (and on stderr for us) instead of crashing the caller's tooling.
            Console.Error.WriteLine($"validate: internal error: {e}");
            Print(false, [new DeploymentProblem("deployment", new ValidationProblem("definitions", null, "internal-error", $"Die Dateien konnten nicht geprüft werden (interner Fehler: {e.Message})."))], []);
            return 1;
        }

        Print(result.IsValid, result.Errors.ToList(), result.Notes.ToList());
        return result.IsValid ? 0 : 1;
    }

    private static void Print(bool valid, IReadOnlyList<DeploymentProblem> errors, IReadOnlyList<DeploymentProblem> notes)
    {
        static object Shape(DeploymentProblem d) => new
        {
            file = d.File,
            elementId = d.Problem.ElementId,
            elementName = d.Problem.ElementName,
            rule = d.Problem.Rule,
            message = d.Problem.Message,
            line = d.Problem.Line,
        };
        Console.WriteLine(JsonSerializer.Serialize(new { valid, errors = errors.Select(Shape), notes = notes.Select(Shape) }, Output));
    }
}
