using Kim.Workflows.Notifications.Templates;

namespace Kim.Workflows.Application.Mail;

/// <summary>Deploy-time check of a <c>mail-send</c> connector: a known template and a recipient (the engine names the element).</summary>
public static class MailSendConnectorCheck
{
    public static IEnumerable<string> Check(TemplateCatalog catalog, IReadOnlyDictionary<string, string?> inputs)
    {
        var template = inputs.GetValueOrDefault("template");
        if (string.IsNullOrWhiteSpace(template))
        {
            yield return "Der E-Mail-Versand (mail-send) nennt keine Vorlage (Eingabeparameter 'template').";
        }
        else if (!template.Contains("${", StringComparison.Ordinal) && !catalog.Exists(template.Trim()))
        {
            yield return $"Die E-Mail-Vorlage '{template}' gibt es nicht. Bekannt sind: {string.Join(", ", catalog.Names.Order(StringComparer.Ordinal))}.";
        }

        if (!inputs.TryGetValue("to", out var to) || string.IsNullOrWhiteSpace(to))
        {
            yield return "Der E-Mail-Versand (mail-send) nennt keinen Empfänger (Eingabeparameter 'to').";
        }
    }
}
