using Kim.Workflows.Notifications.Templates;
using Xunit.Abstractions;

namespace Kim.Workflows.Notifications.Tests.Templates;

public sealed class ShippedTemplatesTests(ITestOutputHelper output)
{
    private static readonly string[] Notices =
    [
        "fallkonferenz-einladung", "fallkonferenz-terminaenderung", "fallkonferenz-absage", "fallkonferenz-erinnerung",
        "fallkonferenz-protokoll", "reassessment-erinnerung", "reassessment-eskalation", "behoerden-anfrage",
        "behoerden-antwort", "aufgabe-zugewiesen",
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
        Assert.Contains("KIM-2026-0042", notice.TextBody);
        Assert.Contains("KIM-2026-0042", notice.HtmlBody);
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
}
