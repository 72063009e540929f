using System.Text.Json;

namespace Kim.Workflows.Web.Tests.Definitions;

/// <summary>
/// Every UI string that bpmn-js, diagram-js and the properties panels pass to <c>translate()</c> in the shipped
/// designer bundle has a German entry: ClientApp/tools/translation-keys.mjs collects the keys from the installed
/// npm packages (bundled as the build does) and compares them with ClientApp/src/i18n/de.js.
/// </summary>
public sealed class DesignerTranslationTests
{
    [Fact]
    public async Task Every_translate_key_of_the_bundled_packages_has_a_german_entry()
    {
        var (exitCode, output, errors) = await ClientAppNode.RunAsync("tools/translation-keys.mjs --json");
        Assert.True(exitCode == 0, errors);

        using var report = JsonDocument.Parse(output);
        var keys = report.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList();
        var missing = report.RootElement.GetProperty("missing").EnumerateArray().Select(k => k.GetString()!).ToList();

        // The collector must really find the packages' keys (a broken pattern would find none and pass).
        Assert.True(keys.Count > 300, $"only {keys.Count} keys collected");
        foreach (var known in new[] { "Create", "Toggle section", "<empty>", "Connector", "Before", "After", "boolean", "date", "enum", "long", "string", "Append task", "Start event" })
        {
            Assert.Contains(known, keys);
        }

        Assert.True(missing.Count == 0, "Without a German entry in ClientApp/src/i18n/de.js: " + string.Join(", ", missing.Select(k => $"\"{k}\"")));
    }
}
