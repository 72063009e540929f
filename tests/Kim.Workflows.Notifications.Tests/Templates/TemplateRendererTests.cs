using Kim.Workflows.Notifications.Templates;

namespace Kim.Workflows.Notifications.Tests.Templates;

public sealed class TemplateRendererTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> & \"Müller\"";

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private TemplateRenderer Renderer(string html = "<p>{{ name }}</p>", string text = "{{ name }}", string subject = "Betreff {{ name }}", Action<TemplateOptions>? configure = null)
    {
        folder.Write("test.subject.sbn", subject);
        folder.Write("test.html.sbn", html);
        folder.Write("test.txt.sbn", text);
        return TemplateTestSupport.Renderer(folder.Path, configure);
    }

    private static Dictionary<string, object?> Model(object? name) => new() { ["name"] = name };

    [Fact]
    public void Html_values_are_escaped_text_values_are_verbatim_umlauts_stay()
    {
        var notice = Renderer().Render("test", Model(Hostile + " äöüß"));

        Assert.Equal("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Müller&quot; äöüß</p>", notice.HtmlBody);
        Assert.Equal(Hostile + " äöüß", notice.TextBody);
        Assert.Equal("Betreff " + Hostile + " äöüß", notice.Subject);
    }

    [Fact]
    public void Shipped_invitation_escapes_hostile_case_data()
    {
        var model = new Dictionary<string, object?>(SampleModels.For("fallkonferenz-einladung"))
        {
            ["klientName"] = "<script>alert(1)</script>",
            ["ort"] = "Raum <b>2</b>",
        };

        var notice = TemplateTestSupport.Renderer().Render("fallkonferenz-einladung", model);

        Assert.DoesNotContain("<script>", notice.HtmlBody);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", notice.HtmlBody);
        Assert.Contains("Raum &lt;b&gt;2&lt;/b&gt;", notice.HtmlBody);
        Assert.Contains("<script>alert(1)</script>", notice.TextBody);
        // The layout receives the body as markup: the template's own tags are not escaped twice.
        Assert.Contains("<table role=\"presentation\"", notice.HtmlBody);
    }

    [Fact]
    public void Missing_variable_names_template_and_variable()
    {
        var renderer = Renderer(html: "<p>{{ name }}</p>\n<p>{{ ort }}</p>");

        var error = Assert.Throws<TemplateException>(() => renderer.Render("test", Model("x")));

        Assert.Equal("test.html.sbn", error.TemplateFile);
        Assert.Equal(2, error.Line);
        Assert.Contains("ort", error.Reason);
        Assert.Contains("test.html.sbn", error.Message);
    }

    [Fact]
    public void Missing_member_of_a_list_item_fails_too()
    {
        var renderer = Renderer(text: "{{ for s in name }}{{ s.verantwortlich }}{{ end }}");
        var items = new List<object> { new Dictionary<string, object?> { ["massnahme"] = "x" } };

        var error = Assert.Throws<TemplateException>(() => renderer.Render("test", Model(items)));

        Assert.Equal("test.txt.sbn", error.TemplateFile);
        Assert.Contains("verantwortlich", error.Reason);
    }

    [Fact]
    public void Null_values_count_as_present()
    {
        var notice = Renderer(text: "{{ if name }}da{{ else }}leer{{ end }}").Render("test", Model(null));

        Assert.Equal("leer", notice.TextBody);
    }

    [Theory]
    [InlineData("{{ for i in 1..10000000 }}x{{ end }}")]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ for i in 1..100 }}{{ for j in 1..100 }}{{ end }}{{ end }}")]
    public void Loop_bombs_are_stopped(string text)
    {
        var renderer = Renderer(text: text);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("test", Model("x")));

        Assert.Equal("test.txt.sbn", error.TemplateFile);
        Assert.Contains("1000", error.Reason); // the configured LoopLimit
    }

    [Fact]
    public void Recursion_is_stopped()
    {
        var renderer = Renderer(text: "{{ func tief; tief; end; tief }}");

        var error = Assert.Throws<TemplateException>(() => renderer.Render("test", Model("x")));

        Assert.Contains("recursive", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Output_size_is_limited()
    {
        var renderer = Renderer(
            text: "{{ for i in 1..900 }}{{ name }}{{ end }}",
            configure: options => options.MaxOutputChars = 10_000);

        var error = Assert.Throws<TemplateException>(() => renderer.Render("test", Model(new string('x', 100))));

        Assert.Equal("test.txt.sbn", error.TemplateFile);
    }

    [Fact]
    public void Include_cannot_read_files()
    {
        folder.Write("geheim.txt", "geheim");
        var renderer = Renderer(text: "{{ include 'geheim.txt' }}");

        Assert.Throws<TemplateException>(() => renderer.Render("test", Model("x")));
    }

    [Fact]
    public void Unknown_template_is_a_clear_error()
    {
        var error = Assert.Throws<TemplateException>(() => Renderer().Render("gibt-es-nicht", Model("x")));

        Assert.Contains("gibt-es-nicht", error.Message);
        Assert.Contains("test", error.Message);
    }

    [Fact]
    public void Subject_is_one_line()
    {
        var notice = Renderer(subject: "Betreff\n{{ name }}\r\n").Render("test", Model("a\r\nb"));

        Assert.Equal("Betreff a b", notice.Subject);
    }

    [Fact]
    public void Assignments_do_not_leak_between_parts_or_renders()
    {
        var renderer = Renderer(html: "{{ zaehler = 1 }}{{ zaehler }}", text: "{{ zaehler }}");

        Assert.Throws<TemplateException>(() => renderer.Render("test", Model("x")));
    }

    [Fact]
    public void Members_keep_their_CSharp_names_and_dates_show_Berlin_time()
    {
        var renderer = Renderer(text: "{{ name.Fallnummer }} {{ datum_uhrzeit name.Beginn }} {{ uhrzeit '2026-07-01T08:00:00Z' }}");
        var model = Model(new { Fallnummer = "KIM-2026-0001", Beginn = new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero) });

        var notice = renderer.Render("test", model);

        // 09:00 UTC is 10:00 in winter, 08:00 UTC 10:00 in summer (Europe/Berlin).
        Assert.Equal("KIM-2026-0001 15.01.2026, 10:00 Uhr 10:00", notice.TextBody);
    }

    [Fact]
    public void Layout_wraps_both_bodies_with_subject_and_globals()
    {
        folder.Write("_layout.html.sbn", "<title>{{ betreff }}</title>{{ inhalt }}<footer>{{ organisation }}</footer>");
        folder.Write("_layout.txt.sbn", "{{ inhalt }}\n--\n{{ organisation }}");

        var notice = Renderer().Render("test", Model("Ä&Ö"));

        Assert.Equal("<title>Betreff Ä&amp;Ö</title><p>Ä&amp;Ö</p><footer>Kommunales Integrationsmanagement (Testumgebung)</footer>", notice.HtmlBody);
        Assert.Equal("Ä&Ö\n--\nKommunales Integrationsmanagement (Testumgebung)", notice.TextBody);
    }
}
