using System.Globalization;
using System.Text.RegularExpressions;
using Kim.Workflows.Engine.Timers;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// Renders a notice from the <see cref="TemplateCatalog"/> with a model (usually process
/// variables): subject, HTML body (values escaped, wrapped in <c>_layout.html.sbn</c>) and text body
/// (values verbatim, wrapped in <c>_layout.txt.sbn</c>). Thread-safe; register as a singleton.
/// </summary>
public sealed partial class TemplateRenderer
{
    /// <summary>Variable that carries the rendered body into a layout.</summary>
    public const string ContentVariable = "inhalt";

    /// <summary>Variable that carries the rendered subject into a layout (e.g. for the HTML title).</summary>
    public const string SubjectVariable = "betreff";

    private readonly TemplateCatalog catalog;
    private readonly TemplateOptions options;
    private readonly CultureInfo culture;
    private readonly ScriptObject functions;

    public TemplateRenderer(TemplateCatalog catalog, IOptions<TemplateOptions> options)
    {
        this.catalog = catalog;
        this.options = options.Value;
        culture = CultureInfo.GetCultureInfo(this.options.Culture);
        // Europe/Berlin comes from the application's one calendar (TZDB), not from the machine's tz files.
        var timeZone = this.options.TimeZoneId == BerlinCalendar.ZoneId
            ? BerlinCalendar.TimeZone
            : TimeZoneInfo.FindSystemTimeZoneById(this.options.TimeZoneId);
        functions = new TemplateFunctions(culture, timeZone).CreateScriptObject();
    }

    /// <summary>Renders the notice <paramref name="templateName"/>.</summary>
    /// <exception cref="TemplateException">
    /// Unknown template, a variable the model does not have, a limit exceeded, or any other
    /// runtime error; the message names the template file, line and column.
    /// </exception>
    public RenderedNotice Render(string templateName, IReadOnlyDictionary<string, object?> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var notice = catalog.Get(templateName);
        var modelObject = CreateModelObject(model);

        var subject = SingleLine(RenderPart(notice.Subject, html: false, modelObject, layoutObject: null));
        if (subject.Length == 0)
        {
            throw new TemplateException(FileOf(notice.Subject), null, null, "the subject renders empty.");
        }

        // Bodies are trimmed before they go into a layout, so the layout alone decides the spacing.
        var html = RenderPart(notice.Html, html: true, modelObject, layoutObject: null);
        if (catalog.HtmlLayout is { } htmlLayout)
        {
            html = RenderPart(htmlLayout, html: true, modelObject, CreateLayoutObject(subject, new HtmlMarkup(html.TrimEnd())));
        }

        var text = RenderPart(notice.Text, html: false, modelObject, layoutObject: null);
        if (catalog.TextLayout is { } textLayout)
        {
            text = RenderPart(textLayout, html: false, modelObject, CreateLayoutObject(subject, text.TrimEnd()));
        }

        return new RenderedNotice(subject, html, text);
    }

    private ScriptObject CreateModelObject(IReadOnlyDictionary<string, object?> model)
    {
        var modelObject = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in options.Globals)
        {
            modelObject.SetValue(name, value, readOnly: true);
        }

        foreach (var (name, value) in model)
        {
            modelObject.SetValue(name, value, readOnly: true);
        }

        return modelObject;
    }

    private static ScriptObject CreateLayoutObject(string subject, object content)
    {
        var layout = new ScriptObject(StringComparer.Ordinal);
        layout.SetValue(SubjectVariable, subject, readOnly: true);
        layout.SetValue(ContentVariable, content, readOnly: true);
        return layout;
    }

    private string RenderPart(Template template, bool html, ScriptObject modelObject, ScriptObject? layoutObject)
    {
        var context = html ? new HtmlEscapingTemplateContext() : new TemplateContext();
        // A typo in a variable name must fail loudly, not send a letter with a gap in it.
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        context.MemberRenamer = member => member.Name;
        context.LoopLimit = options.LoopLimit;
        context.RecursiveLimit = options.RecursiveLimit;
        context.OutputLimit = options.MaxOutputChars;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.LimitToString = options.MaxOutputChars;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.NewLine = "\n";
        // No template loader: 'include' cannot reach the file system.
        context.TemplateLoader = null;
        context.PushCulture(culture);

        // Lookups search the stack top-down; assignments go to the top object, which is fresh for
        // every part, so a template cannot change the model seen by the next part or render.
        context.PushGlobal(functions);
        context.PushGlobal(modelObject);
        if (layoutObject is not null)
        {
            context.PushGlobal(layoutObject);
        }

        context.PushGlobal(new ScriptObject(StringComparer.Ordinal));

        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            var span = exception.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? FileOf(template) : span.FileName;
            throw new TemplateException(file, span.Start.Line + 1, span.Start.Column + 1, exception.OriginalMessage, exception);
        }
        catch (Exception exception) when (exception is not TemplateException and not OutOfMemoryException)
        {
            throw new TemplateException(FileOf(template), null, null, exception.Message, exception);
        }
    }

    private static string FileOf(Template template) => template.SourceFilePath ?? "(unnamed template)";

    // Header values are one line; a model value with a line break must not split the subject.
    private static string SingleLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
