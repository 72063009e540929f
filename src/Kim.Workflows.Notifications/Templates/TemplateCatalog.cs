using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Scriban;

namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// Every notice template of one folder, parsed once at start-up. A broken template stops the start
/// with a <see cref="TemplateException"/> naming file, line and column, instead of failing later
/// when the first partner should have been invited.
/// </summary>
/// <remarks>
/// File names: <c>{notice}.subject.sbn</c>, <c>{notice}.html.sbn</c>, <c>{notice}.txt.sbn</c> (all
/// three required) and the optional layouts <c>_layout.html.sbn</c> / <c>_layout.txt.sbn</c>.
/// Other files (such as <c>README.md</c>) are ignored. See <c>templates/README.md</c>.
/// </remarks>
public sealed partial class TemplateCatalog
{
    private const string LayoutName = "_layout";

    private readonly FrozenDictionary<string, NoticeTemplate> notices;

    private TemplateCatalog(FrozenDictionary<string, NoticeTemplate> notices, Template? htmlLayout, Template? textLayout)
    {
        this.notices = notices;
        HtmlLayout = htmlLayout;
        TextLayout = textLayout;
    }

    /// <summary>Names of all notices (without part and extension), e.g. <c>fallkonferenz-einladung</c>.</summary>
    public IReadOnlyCollection<string> Names => notices.Keys;

    internal Template? HtmlLayout { get; }

    internal Template? TextLayout { get; }

    /// <summary>Whether a notice with this name exists; used to validate <c>mail-send</c> parameters at deploy time.</summary>
    public bool Exists(string name) => notices.ContainsKey(name);

    internal NoticeTemplate Get(string name) =>
        notices.TryGetValue(name, out var notice)
            ? notice
            : throw new TemplateException(name, null, null,
                $"no such template. Known templates: {string.Join(", ", notices.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Reads and parses every <c>*.sbn</c> file in <paramref name="directory"/>.</summary>
    /// <exception cref="TemplateException">A file is misnamed, incomplete or does not parse.</exception>
    public static TemplateCatalog Load(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new TemplateException(directory, null, null, $"template folder '{fullPath}' does not exist.");
        }

        var parts = new Dictionary<string, Dictionary<string, Template>>(StringComparer.Ordinal);
        // Ordinal order so that the first reported error does not depend on the file system.
        foreach (var path in System.IO.Directory.EnumerateFiles(fullPath, "*.sbn").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var match = FileNamePattern().Match(file);
            if (!match.Success)
            {
                throw new TemplateException(file, null, null,
                    "file name must be '{name}.subject.sbn', '{name}.html.sbn' or '{name}.txt.sbn' with a lower-case name of letters, digits and dashes.");
            }

            var name = match.Groups["name"].Value;
            var part = match.Groups["part"].Value;
            if (name.StartsWith('_') && (name != LayoutName || part == "subject"))
            {
                throw new TemplateException(file, null, null,
                    "names starting with '_' are reserved for '_layout.html.sbn' and '_layout.txt.sbn'.");
            }

            if (!parts.TryGetValue(name, out var byPart))
            {
                parts[name] = byPart = new Dictionary<string, Template>(StringComparer.Ordinal);
            }

            byPart[part] = Parse(file, File.ReadAllText(path));
        }

        parts.Remove(LayoutName, out var layouts);
        var notices = new Dictionary<string, NoticeTemplate>(StringComparer.Ordinal);
        foreach (var (name, byPart) in parts)
        {
            notices[name] = new NoticeTemplate(name, Require(name, byPart, "subject"), Require(name, byPart, "html"), Require(name, byPart, "txt"));
        }

        if (notices.Count == 0)
        {
            throw new TemplateException(directory, null, null, $"template folder '{fullPath}' contains no notice templates.");
        }

        return new TemplateCatalog(
            notices.ToFrozenDictionary(StringComparer.Ordinal),
            layouts?.GetValueOrDefault("html"),
            layouts?.GetValueOrDefault("txt"));
    }

    /// <summary>Parses one template text; <paramref name="file"/> becomes the name in every later error.</summary>
    internal static Template Parse(string file, string text)
    {
        var template = Template.Parse(text, file);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            // Scriban counts lines and columns from 0; editors count from 1.
            throw new TemplateException(file, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
        }

        return template;
    }

    private static Template Require(string name, Dictionary<string, Template> byPart, string part) =>
        byPart.TryGetValue(part, out var template)
            ? template
            : throw new TemplateException($"{name}.{part}.sbn", null, null,
                "file is missing: every notice needs a .subject.sbn, a .html.sbn and a .txt.sbn file.");

    [GeneratedRegex(@"^(?<name>_?[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<part>subject|html|txt)\.sbn$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
