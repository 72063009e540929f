using System.Globalization;
using System.Text.Json.Nodes;
using Kim.Workflows.Engine.Forms;
using Kim.Workflows.Engine.Variables;
using Xunit.Abstractions;

namespace Kim.Workflows.Engine.Tests.Feel;

/// <summary>
/// The server evaluates a form's FEEL with our engine, the browser with feelin (form-js's interpreter): both
/// must give the same results on the same contexts, or a case manager would see a field the server ignores.
/// </summary>
public class FeelinAgreementTests(ITestOutputHelper output)
{
    /// <summary>
    /// Where feelin 6.1 (the version form-js 1.23 bundles) knowingly differs from DMN 1.5 and Camunda's FEEL, which
    /// our engine follows. Each entry must still differ: when feelin catches up, the entry has to go.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["is defined(unbekannt)"] = "feelin has no is defined() and gives null; ours gives false. Forms should test `x != null`.",
        ["is defined(name)"] = "feelin has no is defined() and gives null; ours gives true.",
        ["menge * einzelpreis"] = "feelin computes with binary doubles (49.974999999999994), ours with decimals as DMN 1.5 asks (49.975).",
        ["0.1 + 0.2"] = "feelin computes with binary doubles (0.30000000000000004), ours with decimals as DMN 1.5 asks (0.3).",
    };

    [Fact]
    public void Our_feel_and_feelin_agree_on_every_form_expression()
    {
        var cases = FormFeelCorpus.All();
        var feelin = FeelinRunner.Evaluate(cases.Select(c => (c.Expression, c.Context)).ToList());
        var ours = new FeelFormExpressionEvaluator(FeelTestEngine.Create());

        var disagreements = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < cases.Count; n++)
        {
            var (source, expression, context) = cases[n];
            var mine = Ours(ours, expression, context);
            var theirs = feelin[n];
            if (KnownDifferences.ContainsKey(expression))
            {
                Assert.False(Agree(mine, theirs), $"feelin now agrees on the known difference {expression}: remove it from the list.");
                seen.Add(expression);
            }
            else if (!Agree(mine, theirs))
            {
                disagreements.Add($"{source}: {expression} in {context.ToJsonString()}: ours {mine.ToJsonString()}, feelin {theirs.ToJsonString()}");
            }
        }

        output.WriteLine($"{cases.Count} Fälle ({FormFeelCorpus.FormExpressionCount()} Ausdrücke aus .form-Dateien, {FormFeelTable.Cases.Count} aus der Tabelle)");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.True(FormFeelCorpus.FormExpressionCount() > 0, "no FEEL found in the committed .form files");
        Assert.Equal(KnownDifferences.Keys.Order(), seen.Order());
    }

    private static JsonObject Ours(FeelFormExpressionEvaluator evaluator, string expression, JsonObject context)
    {
        var variables = (Dictionary<string, object?>)VariableValues.Parse(context.ToJsonString())!;
        try
        {
            return new JsonObject { ["value"] = JsonNode.Parse(VariableValues.ToJson(evaluator.Evaluate(expression, variables))) };
        }
        catch (FormExpressionException e)
        {
            return new JsonObject { ["error"] = e.Message };
        }
    }

    private static bool Agree(JsonObject ours, JsonObject feelin) =>
        ours.ContainsKey("error") || feelin.ContainsKey("error")
            ? ours.ContainsKey("error") && feelin.ContainsKey("error")
            : Same(ours["value"], feelin["value"]);

    /// <summary>JSON equality where numbers compare by value (our 3.0 is feelin's 3).</summary>
    private static bool Same(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.ContainsKey(p.Key) && Same(p.Value, y[p.Key])),
        (JsonValue x, JsonValue y) when Number(x) is { } m && Number(y) is { } o => m == o,
        (JsonValue x, JsonValue y) => x.ToJsonString() == y.ToJsonString(),
        _ => false,
    };

    private static decimal? Number(JsonValue value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
