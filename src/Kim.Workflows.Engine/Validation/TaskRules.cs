using System.Globalization;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Validation;

/// <summary>Handlers, call activities, multi-instance and generated forms.</summary>
internal static class TaskRules
{
    private static readonly HashSet<string> Constraints = new(StringComparer.Ordinal) { "required", "readonly", "minlength", "maxlength", "min", "max" };

    public static void Check(ValidationContext c)
    {
        foreach (var node in c.Process.AllNodes)
        {
            if (node is Activity { MultiInstance: { } mi } && (mi.Collection is null) == (mi.LoopCardinality is null))
            {
                c.Error(node, "multi-instance", $"Die Mehrfachausführung von {ElementNames.Describe(node)} braucht genau eines: eine Anzahl (loopCardinality) oder eine Sammlung (camunda:collection). Tragen Sie eines davon ein.");
            }

            switch (node)
            {
                case TaskActivity { Kind: ElementKind.ServiceTask or ElementKind.SendTask or ElementKind.BusinessRuleTask } task:
                    CheckBinding(c, task, task.Binding);
                    break;
                case EventNode { Binding: { } binding } e:
                    CheckBinding(c, e, binding);
                    break;
                case TaskActivity { UserTask: { } userTask } task:
                    CheckForm(c, task, userTask);
                    break;
                case CallActivity call when string.IsNullOrWhiteSpace(call.CalledElement):
                    c.Error(call, "missing-called-element", $"{ElementNames.Describe(call)} nennt keinen aufzurufenden Prozess. Tragen Sie den Schlüssel des Workflows ein (calledElement).");
                    break;
            }
        }
    }

    private static void CheckBinding(ValidationContext c, FlowNode node, ServiceBinding? binding)
    {
        if (binding is null)
        {
            if (node.Kind == ElementKind.ServiceTask)
            {
                c.Error(node, "missing-implementation",
                    $"{ElementNames.Describe(node)} weiß nicht, was sie tun soll. Wählen Sie eine Vorlage (z. B. „E-Mail senden“ oder „Einwilligung prüfen“) oder einen Handler.");
            }

            return;
        }

        if (binding.NeedsHandler && string.IsNullOrWhiteSpace(binding.HandlerName))
        {
            c.Error(node, "missing-handler", $"Die Implementierung von {ElementNames.Describe(node)} nennt keinen Handler. Wählen Sie eine Vorlage oder einen Handler.");
            return;
        }

        if (binding.NeedsHandler && c.Options.KnownHandlers is { } known && !known.Contains(binding.HandlerName))
        {
            c.Error(node, "unknown-handler", $"{ElementNames.Describe(node)} nennt den Handler '{binding.HandlerName}', den es nicht gibt. Wählen Sie einen der bekannten: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            return;
        }

        if (binding.Kind == ServiceBindingKind.Connector && c.Options.ConnectorChecks.TryGetValue(binding.HandlerName, out var check))
        {
            var inputs = (binding.ConnectorIo?.Inputs ?? []).ToDictionary(p => p.Name, p => p.Text, StringComparer.Ordinal);
            foreach (var message in check(inputs))
            {
                c.Error(node, "connector-input", message);
            }
        }
    }

    private static void CheckForm(ValidationContext c, TaskActivity task, UserTaskDefinition userTask)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in userTask.FormFields)
        {
            if (string.IsNullOrWhiteSpace(field.Id) || !ids.Add(field.Id))
            {
                c.Error(task, "form-field-id", $"Die Formularfeld-Id '{field.Id}' an {ElementNames.Describe(task)} fehlt oder ist doppelt. Geben Sie jedem Feld eine eigene Id.");
            }

            if (field.Type == FormFieldType.Enum && field.EnumValues.Count == 0)
            {
                c.Error(task, "form-enum-values", $"Das Auswahlfeld '{field.Id}' an {ElementNames.Describe(task)} hat keine Werte. Tragen Sie die Auswahlwerte ein.");
            }

            foreach (var constraint in field.Constraints)
            {
                if (!Constraints.Contains(constraint.Name))
                {
                    c.Error(task, "form-constraint", $"Die Regel '{constraint.Name}' am Feld '{field.Id}' ist unbekannt (erlaubt: {string.Join(", ", Constraints)}).");
                }
                else if (constraint.Name is "minlength" or "maxlength" or "min" or "max"
                         && !decimal.TryParse(constraint.Config, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                         && !(field.Type == FormFieldType.Date && DateTimeOffset.TryParse(constraint.Config, CultureInfo.InvariantCulture, out _)))
                {
                    c.Error(task, "form-constraint", $"Die Regel '{constraint.Name}' am Feld '{field.Id}' braucht einen Zahlenwert, nicht '{constraint.Config}'.");
                }
            }
        }
    }
}
