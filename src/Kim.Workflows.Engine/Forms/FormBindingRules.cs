using Kim.Workflows.Engine.Validation;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// Keys are unique per form: within one data scope (the form, or one item of a dynamic list) no two
/// fields bind the same path, and no path lies inside another field's value (<c>a</c> and <c>a.b</c>).
/// Groups with a path and dynamic lists prefix their children's keys.
/// </summary>
internal static class FormBindingRules
{
    public static void Check(IReadOnlyList<FormComponent> components, string fileName, string formId, List<ValidationProblem> problems)
    {
        var scope = new List<(string Path, FormComponent Component)>();
        Collect(components, "", scope, fileName, formId, problems);
        Compare(scope, fileName, problems);
    }

    /// <summary>The dotted binding path of a component below a prefix (group paths add to it).</summary>
    public static string Join(string prefix, string? path) =>
        string.IsNullOrEmpty(path) ? prefix : prefix.Length == 0 ? path : prefix + "." + path;

    private static void Collect(IEnumerable<FormComponent> components, string prefix, List<(string, FormComponent)> scope, string fileName, string formId, List<ValidationProblem> problems)
    {
        foreach (var c in components)
        {
            if (FormComponentTypes.HasKey(c.Type))
            {
                scope.Add((Join(prefix, c.Key), c));
            }
            else if (c.Type == "group")
            {
                Collect(c.Components, Join(prefix, c.Path), scope, fileName, formId, problems);
            }
            else if (c.Type == "dynamiclist")
            {
                scope.Add((Join(prefix, c.Path), c));
                var itemScope = new List<(string, FormComponent)>();
                Collect(c.Components, "", itemScope, fileName, formId, problems);
                Compare(itemScope, fileName, problems);
                if (c.MinItems is { } min && c.MaxItems is { } max && min > max)
                {
                    problems.Add(new ValidationProblem(c.Id ?? formId, c.Label, "form-items",
                        $"Formular „{fileName}“, Liste „{c.DisplayName}“: minItems ({min}) ist größer als maxItems ({max})."));
                }
            }
        }
    }

    private static void Compare(List<(string Path, FormComponent Component)> scope, string fileName, List<ValidationProblem> problems)
    {
        for (var i = 0; i < scope.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, first) = scope[j];
                var (b, second) = scope[i];
                if (a == b || b.StartsWith(a + ".", StringComparison.Ordinal) || a.StartsWith(b + ".", StringComparison.Ordinal))
                {
                    var how = a == b ? $"denselben Schlüssel „{a}“" : $"überlappende Schlüssel „{a}“ und „{b}“";
                    problems.Add(new ValidationProblem(second.Id ?? second.Key ?? b, second.Label, "form-key-duplicate",
                        $"Formular „{fileName}“: „{first.DisplayName}“ und „{second.DisplayName}“ haben {how}; jeder Schlüssel darf nur einmal vorkommen."));
                    break;
                }
            }
        }
    }
}
