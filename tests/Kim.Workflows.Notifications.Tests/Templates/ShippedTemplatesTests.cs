using Kim.Workflows.Notifications.Templates;
using Xunit.Abstractions;

namespace Kim.Workflows.Notifications.Tests.Templates;

public sealed class ShippedTemplatesTests(ITestOutputHelper output)
{
    private static readonly string[] Notices =
    [
        "fallkonferenz-einladung", "fallkonferenz-terminaenderung", "fallkonferenz-absage", "fallkonferenz-erinnerung",
        "fallkonferenz-protokoll", "reassessment-erinnerung", "reassessment-eskalation", "behoerden-anfrage",
        "behoerden-antwort", "aufgabe-zugewiesen", "lenkungsgruppe-einladung", "lenkungsgruppe-erinnerung", "lenkungsgruppe-absage",
        "lenkungsgruppe-protokoll",
    ];

    public static TheoryData<string> ExpectedNotices => new(Notices);

    [Fact]
    public void Catalog_contains_exactly_the_documented_notices()
    {
        var catalog = TemplateCatalog.Load(TemplateTestSupport.ShippedTemplates);

        Assert.Equal(Notices.Order(StringComparer.Ordinal), catalog.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExpectedNotices))]
    public void Every_notice_renders_with_its_sample_model(string name)
    {
        var notice = TemplateTestSupport.Renderer().Render(name, SampleModels.For(name));
        output.WriteLine(notice.Subject);
        output.WriteLine(notice.TextBody);
        output.WriteLine(notice.HtmlBody);

        Assert.False(string.IsNullOrWhiteSpace(notice.Subject));
        Assert.DoesNotContain('\n', notice.Subject);
        // Lenkungsgruppe notices concern the steering level and carry no case at all.
        var marker = name.StartsWith("lenkungsgruppe-", StringComparison.Ordinal) ? "Lenkungsgruppe" : "KIM-2026-0042";
        Assert.Contains(marker, notice.TextBody);
        Assert.Contains(marker, notice.HtmlBody);
        Assert.StartsWith("<!DOCTYPE html>", notice.HtmlBody);
        Assert.Contains("Kommunales Integrationsmanagement (Testumgebung)", notice.TextBody);
        Assert.DoesNotContain("{{", notice.HtmlBody);
        Assert.DoesNotContain("\n\n\n", notice.TextBody);
    }

    [Fact]
    public async Task One_renderer_serves_concurrent_renders()
    {
        var renderer = TemplateTestSupport.Renderer();
        var expected = renderer.Render("fallkonferenz-protokoll", SampleModels.For("fallkonferenz-protokoll"));

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            renderer.Render(Notices[i % Notices.Length], SampleModels.For(Notices[i % Notices.Length])))));

        Assert.All(results.Where((_, i) => Notices[i % Notices.Length] == "fallkonferenz-protokoll"), r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Lenkungsgruppe_change_notice_names_the_old_date_and_the_protocol_marks_adjourned_items()
    {
        var renderer = TemplateTestSupport.Renderer();
        var model = new Dictionary<string, object?>(SampleModels.For("lenkungsgruppe-einladung"))
        {
            ["bisherigerBeginn"] = new DateTimeOffset(2026, 3, 1, 13, 30, 0, TimeSpan.Zero),
            ["aenderungsgrund"] = "Sitzungssaal belegt",
        };
        var change = renderer.Render("lenkungsgruppe-einladung", model);
        Assert.StartsWith("Terminänderung:", change.Subject, StringComparison.Ordinal);
        Assert.Contains("Sitzungssaal belegt", change.TextBody, StringComparison.Ordinal);
        var first = renderer.Render("lenkungsgruppe-einladung", SampleModels.For("lenkungsgruppe-einladung"));
        Assert.StartsWith("Einladung:", first.Subject, StringComparison.Ordinal);
        Assert.Contains("1. Fehlende Sprachkursplätze im Südkreis (Projektgruppe Südkreis)", first.TextBody, StringComparison.Ordinal);

        var protocol = renderer.Render("lenkungsgruppe-protokoll", SampleModels.For("lenkungsgruppe-protokoll"));
        Assert.Contains("Beschluss: vertagt", protocol.TextBody, StringComparison.Ordinal);
    }
}
