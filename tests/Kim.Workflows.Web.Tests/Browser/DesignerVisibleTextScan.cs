using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kim.Workflows.Web.Tests.Browser;

/// <summary>
/// Reads what a user of the designer can see or hear: text of visible elements, tooltips (<c>title</c>),
/// accessible names (<c>aria-label</c>), placeholders and the options of visible selects, and finds the
/// English words among them.
/// </summary>
internal static partial class DesignerVisibleTextScan
{
    /// <summary>Words that are English and not German (nor a BPMN term used in German, such as "Gateway").</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "or", "of", "to", "with", "for", "is", "are", "be", "this", "that", "from", "by", "on", "in", "at", "not", "no", "yes",
        "create", "add", "remove", "delete", "toggle", "before", "after", "empty", "connector", "type", "types", "value", "values",
        "select", "open", "close", "search", "element", "elements", "task", "tasks", "event", "events", "process", "flow", "flows",
        "documentation", "properties", "property", "general", "input", "inputs", "output", "outputs", "listener", "listeners",
        "condition", "conditions", "expression", "implementation", "assignee", "candidate", "users", "user", "groups", "group",
        "form", "field", "fields", "variable", "variables", "boolean", "string", "long", "date", "enum", "true", "false", "none",
        "end", "message", "signal", "timer", "error", "escalation", "link", "append", "change", "connect", "using", "lane",
        "hand", "tool", "space", "global", "custom", "local", "script", "inline", "result", "priority", "due", "follow", "up",
        "initiator", "tag", "key", "business", "mapping", "mappings", "external", "resource", "class", "delegate", "asynchronous",
        "continuation", "continuations", "job", "execution", "retry", "retries", "history", "cleanup", "time", "live", "collection",
        "loop", "sequential", "parallel", "multi", "instance", "completion", "cardinality", "element", "code", "name", "id",
        "decision", "binding", "latest", "deployment", "version", "call", "activity", "called", "case", "submit", "cancel",
        "undo", "redo", "zoom", "reset", "fit", "viewport", "learn", "more", "how", "define", "specify", "use", "see", "click",
    };

    // "Name", "Start", "Version" and "Code" are German words too: they count only next to an English word.
    private static readonly HashSet<string> AlsoGerman = new(StringComparer.OrdinalIgnoreCase) {
        "name", "id", "version", "code", "start", "tag", "in", "so", "element", "elements", "hand", "listen", "form",
    };

    public const string CollectScript = """
        () => {
          const visible = (el) => {
            for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden' || e.hidden) return false;
            }
            return el.getClientRects().length > 0;
          };
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const parent = n.parentElement;
            if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'OPTION'].includes(parent.tagName)) continue;
            if (parent.closest('.djs-label, .djs-visual')) continue; // the diagram's own element names
            const t = n.textContent.trim();
            if (t && visible(parent)) texts.push(t);
          }
          for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [aria-description]')) {
            if (!visible(el) && !el.closest('.djs-palette, .djs-context-pad')) continue;
            for (const a of ['title', 'aria-label', 'placeholder', 'aria-description']) {
              const v = el.getAttribute(a);
              if (v && v.trim()) texts.push(v.trim());
            }
          }
          for (const option of document.querySelectorAll('select option')) {
            if (visible(option.parentElement) && getComputedStyle(option).display !== 'none') texts.push(option.textContent.trim());
          }
          return texts;
        }
        """;

    /// <summary>The texts of the page (in its current state) that contain an English word.</summary>
    public static async Task<IReadOnlyList<string>> EnglishTextsAsync(IPage page, IReadOnlyCollection<string> allowed)
    {
        var texts = await page.EvaluateAsync<string[]>(CollectScript);
        return [.. texts.Distinct(StringComparer.Ordinal).Where(t => !allowed.Contains(t) && LooksEnglish(t))];
    }

    public static bool LooksEnglish(string text)
    {
        // Expressions, ids and file names are data, not UI language.
        var words = Word().Matches(Regex.Replace(text, @"\$\{[^}]*\}|[\w.-]+\.(bpmn|form|html|json)\b|\b\w+_\w+\b", " "))
            .Select(m => m.Value).ToList();
        var english = words.Where(EnglishWords.Contains).ToList();
        return english.Any(w => !AlsoGerman.Contains(w)) || (english.Count >= 2 && english.Count * 2 >= words.Count);
    }

    [GeneratedRegex(@"[A-Za-zÄÖÜäöüß]+")]
    private static partial Regex Word();
}
