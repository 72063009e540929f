using System.Text;
using Scriban;
using Scriban.Parsing;

namespace Kim.Workflows.Notifications.Templates;

/// <summary>
/// Scriban writes values verbatim; for HTML mail that would let case data such as a name with
/// <c>&lt;script&gt;</c> inject markup. This context escapes every value an expression writes.
/// </summary>
/// <remarks>
/// Only <c>&lt; &gt; &amp; " '</c> are replaced: <c>HtmlEncoder.Default</c> would also turn umlauts
/// into numeric entities, which is correct but makes German mail unreadable in source form and
/// larger. Literal template text is not touched (it is the template author's markup).
/// </remarks>
internal sealed class HtmlEscapingTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return base.Write(span, textAsObject);
        }

        if (textAsObject is HtmlMarkup markup)
        {
            return base.Write(span, markup.Value);
        }

        return base.Write(span, Escape(ObjectToString(textAsObject)));
    }

    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
