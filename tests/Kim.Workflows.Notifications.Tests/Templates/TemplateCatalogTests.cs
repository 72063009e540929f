using Kim.Workflows.Notifications.Templates;

namespace Kim.Workflows.Notifications.Tests.Templates;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private void WriteNotice(string name, string subject = "Betreff", string html = "<p>Hallo</p>", string text = "Hallo")
    {
        folder.Write($"{name}.subject.sbn", subject);
        folder.Write($"{name}.html.sbn", html);
        folder.Write($"{name}.txt.sbn", text);
    }

    [Fact]
    public void Syntax_error_names_file_line_and_column()
    {
        WriteNotice("kaputt", html: "<p>Zeile 1</p>\n<p>{{ if fallnummer }}offen</p>\n");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(folder.Path));

        Assert.Equal("kaputt.html.sbn", error.TemplateFile);
        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("kaputt.html.sbn", error.Message);
        Assert.Contains("line 2, column", error.Message);
    }

    [Fact]
    public void Error_position_points_at_the_broken_expression()
    {
        WriteNotice("kaputt", text: "Hallo\n\n   {{ 1 + }}");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(folder.Path));

        Assert.Equal("kaputt.txt.sbn", error.TemplateFile);
        Assert.Equal(3, error.Line);
        Assert.True(error.Column >= 4, $"column {error.Column}");
    }

    [Fact]
    public void A_notice_without_all_three_parts_is_rejected()
    {
        folder.Write("halb.subject.sbn", "Betreff");
        folder.Write("halb.html.sbn", "<p>x</p>");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(folder.Path));

        Assert.Equal("halb.txt.sbn", error.TemplateFile);
    }

    [Theory]
    [InlineData("Einladung.html.sbn")]
    [InlineData("einladung.htm.sbn")]
    [InlineData("_kopf.html.sbn")]
    [InlineData("_layout.subject.sbn")]
    public void Misnamed_files_are_rejected(string fileName)
    {
        WriteNotice("ok");
        folder.Write(fileName, "x");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Load(folder.Path));

        Assert.Equal(fileName, error.TemplateFile);
    }

    [Fact]
    public void Missing_folder_and_empty_folder_fail()
    {
        Assert.Throws<TemplateException>(() => TemplateCatalog.Load(Path.Combine(folder.Path, "fehlt")));
        Assert.Throws<TemplateException>(() => TemplateCatalog.Load(folder.Path));
    }

    [Fact]
    public void Names_and_Exists_list_notices_but_not_layouts_or_other_files()
    {
        WriteNotice("a-b");
        WriteNotice("c");
        folder.Write("_layout.html.sbn", "{{ inhalt }}");
        folder.Write("README.md", "# nicht geladen {{");

        var catalog = TemplateCatalog.Load(folder.Path);

        Assert.Equal(["a-b", "c"], catalog.Names.Order(StringComparer.Ordinal));
        Assert.True(catalog.Exists("a-b"));
        Assert.False(catalog.Exists("_layout"));
        Assert.False(catalog.Exists("unbekannt"));
    }
}
