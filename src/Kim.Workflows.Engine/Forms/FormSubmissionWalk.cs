using Kim.Workflows.Engine.Variables;

namespace Kim.Workflows.Engine.Forms;

/// <summary>
/// One validation run. Pass 1 lays the submitted values over the current variables (the data form-js's
/// conditions see in the browser); pass 2 walks the form in document order, evaluating conditions against
/// that data, checking each visible, writable field and building the result from the current values.
/// </summary>
internal sealed class FormSubmissionWalk(IFormExpressionEvaluator evaluator, IReadOnlyDictionary<string, object?> current, DateOnly? today)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    public FormValidationResult Run(FormDefinition form, IReadOnlyDictionary<string, object?> submitted)
    {
        var root = new Scope(FormValues.CopyMap(current), FormValues.CopyMap(current), submitted, current, "", null, []);
        Overlay(form.Components, root, "");
        Walk(form.Components, root, "");
        var values = _touched.ToDictionary(name => name, name => root.Result.GetValueOrDefault(name), StringComparer.Ordinal);
        return new FormValidationResult(values, _errors);
    }

    private void Overlay(IEnumerable<FormComponent> components, Scope scope, string prefix)
    {
        foreach (var c in components)
        {
            if (FormComponentTypes.Inputs.Contains(c.Type) && c.Readonly is not true && c.Disabled is not true)
            {
                var path = FormBindingRules.Join(prefix, c.Key);
                if (FormValues.Get(scope.Submitted, path) is (true, var raw))
                {
                    FormValues.Set(scope.Candidate, path, FormValues.Copy(raw));
                }
            }
            else if (c.Type == "group")
            {
                Overlay(c.Components, scope, FormBindingRules.Join(prefix, c.Path));
            }
            else if (c.Type == "dynamiclist" && FormValues.Get(scope.Submitted, FormBindingRules.Join(prefix, c.Path)) is (true, List<object?> items))
            {
                var path = FormBindingRules.Join(prefix, c.Path);
                var currentItems = FormValues.Get(scope.Current, path).Value as List<object?>;
                var list = new List<object?>();
                for (var i = 0; i < items.Count; i++)
                {
                    var item = ItemScope(scope, path, i, items[i], currentItems);
                    Overlay(c.Components, item, "");
                    list.Add(item.Candidate);
                }

                FormValues.Set(scope.Candidate, path, list);
            }
        }
    }

    private void Walk(IEnumerable<FormComponent> components, Scope scope, string prefix)
    {
        foreach (var c in components)
        {
            var path = FormBindingRules.Join(prefix, FormComponentTypes.HasKey(c.Type) ? c.Key : c.Path);
            var errorKey = scope.ErrorPrefix + (path.Length > 0 ? path : c.Id ?? c.Type);
            try
            {
                if (c.Hide is { } hide && IsTrue(hide, scope))
                {
                    Restore(c, scope, prefix);
                    continue;
                }

                switch (c.Type)
                {
                    case "group":
                        Walk(c.Components, scope, path);
                        break;
                    case "dynamiclist":
                        List(c, scope, path);
                        break;
                    case FormComponentTypes.Expression:
                        Write(scope, path, Normalize(Evaluate(FormExpressions.Body(c.Expression!), scope), c));
                        break;
                    case var type when FormComponentTypes.Inputs.Contains(type):
                        if (IsOn(c.Readonly, scope) || IsOn(c.Disabled, scope))
                        {
                            Restore(c, scope, prefix);
                            break;
                        }

                        var raw = FormValues.Get(scope.Submitted, path).Value;
                        var (value, error) = new FormFieldCheck(c, e => Evaluate(e, scope), current, today).Check(raw);
                        if (error is not null)
                        {
                            _errors[errorKey] = error;
                        }
                        else
                        {
                            Write(scope, path, value);
                        }

                        break;
                }
            }
            catch (FormExpressionException e)
            {
                _errors[errorKey] = $"„{c.DisplayName}“: {e.Message}";
            }
        }
    }

    private void List(FormComponent list, Scope scope, string path)
    {
        var errorKey = scope.ErrorPrefix + path;
        var raw = FormValues.Get(scope.Submitted, path).Value;
        if (raw is not (null or List<object?>))
        {
            _errors[errorKey] = $"„{list.DisplayName}“ muss eine Liste von Einträgen sein.";
            return;
        }

        var items = (List<object?>?)raw ?? [];
        if (list.MinItems is { } min && items.Count < min)
        {
            _errors[errorKey] = $"„{list.DisplayName}“ braucht mindestens {min} {(min == 1 ? "Eintrag" : "Einträge")}.";
        }
        else if (list.MaxItems is { } max && items.Count > max)
        {
            _errors[errorKey] = $"„{list.DisplayName}“ darf höchstens {max} {(max == 1 ? "Eintrag" : "Einträge")} haben.";
        }

        var currentItems = FormValues.Get(scope.Current, path).Value as List<object?>;
        var candidates = FormValues.Get(scope.Candidate, path).Value as List<object?>;
        var result = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IReadOnlyDictionary<string, object?>)
            {
                _errors[$"{errorKey}[{i}]"] = $"„{list.DisplayName}“: Eintrag {i + 1} ist kein Objekt.";
                continue;
            }

            var item = ItemScope(scope, path, i, items[i], currentItems, candidates);
            Walk(list.Components, item, "");
            result.Add(item.Result);
        }

        Write(scope, path, result);
    }

    private static Scope ItemScope(Scope parent, string path, int index, object? submitted, List<object?>? currentItems, List<object?>? candidates = null)
    {
        var currentItem = currentItems is not null && index < currentItems.Count ? currentItems[index] as IReadOnlyDictionary<string, object?> : null;
        var candidate = candidates is not null && index < candidates.Count && candidates[index] is Dictionary<string, object?> c
            ? c
            : currentItem is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : FormValues.CopyMap(currentItem);
        var result = currentItem is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : FormValues.CopyMap(currentItem);
        return new Scope(candidate, result, submitted as IReadOnlyDictionary<string, object?>, currentItem,
            $"{parent.ErrorPrefix}{path}[{index}].", parent, [.. parent.Indexes, (long)(index + 1)]);
    }

    private void Write(Scope scope, string path, object? value)
    {
        FormValues.Set(scope.Candidate, path, FormValues.Copy(value));
        FormValues.Set(scope.Result, path, value);
        if (scope.Parent is null)
        {
            _touched.Add(path.Split('.')[0]);
        }
    }

    /// <summary>A hidden or read-only component: what conditions see goes back to the earlier value; nothing is written.</summary>
    private static void Restore(FormComponent c, Scope scope, string prefix)
    {
        foreach (var path in BoundPaths(c, prefix))
        {
            if (FormValues.Get(scope.Current, path) is (true, var earlier))
            {
                FormValues.Set(scope.Candidate, path, FormValues.Copy(earlier));
            }
            else
            {
                FormValues.Remove(scope.Candidate, path);
            }
        }
    }

    private static IEnumerable<string> BoundPaths(FormComponent c, string prefix) => c.Type switch
    {
        "group" => c.Components.SelectMany(child => BoundPaths(child, FormBindingRules.Join(prefix, c.Path))),
        "dynamiclist" => [FormBindingRules.Join(prefix, c.Path)],
        var t when FormComponentTypes.HasKey(t) => [FormBindingRules.Join(prefix, c.Key)],
        _ => [],
    };

    private bool IsOn(object? flag, Scope scope) => flag is true || (flag is string expression && IsTrue(expression, scope));

    private bool IsTrue(string expression, Scope scope) => evaluator.EvaluateToBool(FormExpressions.Body(expression), Context(scope));

    private object? Evaluate(string body, Scope scope) => evaluator.Evaluate(body, Context(scope));

    private static object? Normalize(object? value, FormComponent c)
    {
        try
        {
            return VariableValues.Normalize(value);
        }
        catch (ArgumentException)
        {
            throw new FormExpressionException($"der Ausdruck von „{c.DisplayName}“ ergibt keinen speicherbaren Wert.");
        }
    }

    /// <summary>
    /// The FEEL context form-js builds: the form's data at the top level, plus <c>this</c> (the current item
    /// or the data), <c>parent</c> (the enclosing context) and <c>i</c> (1-based item indexes).
    /// </summary>
    private static Dictionary<string, object?> Context(Scope scope)
    {
        var root = scope;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return Build(scope, root.Candidate);
    }

    private static Dictionary<string, object?> Build(Scope scope, IReadOnlyDictionary<string, object?> data)
    {
        var parent = scope.Parent is null ? null : Build(scope.Parent, scope.Parent.Candidate);
        var indexes = scope.Indexes.ToList();
        var context = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["this"] = scope.Candidate,
            ["parent"] = parent,
            ["i"] = indexes,
        };
        foreach (var (key, value) in data)
        {
            context[key] = value;
        }

        context["_this_"] = scope.Candidate;
        context["_parent_"] = parent;
        context["_i_"] = indexes;
        return context;
    }

    private sealed record Scope(
        Dictionary<string, object?> Candidate,
        Dictionary<string, object?> Result,
        IReadOnlyDictionary<string, object?>? Submitted,
        IReadOnlyDictionary<string, object?>? Current,
        string ErrorPrefix,
        Scope? Parent,
        IReadOnlyList<object?> Indexes);
}
