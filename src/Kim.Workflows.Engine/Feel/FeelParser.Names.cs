using System.Text.RegularExpressions;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Names of one or more words, context keys and type names.</summary>
internal sealed partial class FeelParser
{
    private static bool IsNameLike(FeelNode node) => node is NameNode or BinaryNode { AsName: not null } or PathNode { AsName: not null };

    private static int StartOf(FeelNode node)
    {
        while (true)
        {
            switch (node)
            {
                case BinaryNode binary:
                    node = binary.Left;
                    break;
                case PathNode path:
                    node = path.Target;
                    break;
                default:
                    return node.Position;
            }
        }
    }

    /// <summary>The source text from the start of <paramref name="node"/> to the last token read, spaces collapsed.</summary>
    private string SourceText(FeelNode node)
    {
        var last = _tokens[_index - 1];
        return Regex.Replace(_text[StartOf(node)..(last.Position + last.Length)], @"\s+", " ");
    }

    private string? CombinedName(FeelNode left, FeelNode right) =>
        IsNameLike(left) && IsNameLike(right) ? SourceText(left) : null;

    /// <summary>A context key: a string literal or the text of the name up to the colon (may hold + - / etc.).</summary>
    private string ContextKey()
    {
        if (Current.Kind == FeelTokenKind.String)
        {
            return _tokens[_index++].Text;
        }

        var first = Current;
        var last = first;
        while (!Current.Is(":") && Current.Kind != FeelTokenKind.End && !Current.Is(",") && !Current.Is("}"))
        {
            last = _tokens[_index++];
        }

        if (last.Position == first.Position && first.Kind is not FeelTokenKind.Name)
        {
            throw Error(first, $"erwartet wurde ein Schlüssel, gefunden: {Describe(first)}");
        }

        var raw = _text[first.Position..(last.Position + last.Length)];
        return Regex.Replace(raw, @"\s+", " ");
    }

    /// <summary>A name of one or more words; <c>date and time</c> and <c>years and months duration</c> are names too.</summary>
    private string Name()
    {
        var token = Current;
        if (token.Kind != FeelTokenKind.Name || (Keywords.Contains(token.Text) && token.Text != "function"))
        {
            throw Error(token, $"erwartet wurde ein Name, gefunden: {Describe(token)}");
        }

        var words = new List<string> { token.Text };
        _index++;
        while (true)
        {
            if (Current.IsName("and") && Peek(1).Kind == FeelTokenKind.Name
                && ((words is ["date"] && Peek(1).Text == "time")
                    || (words is ["years"] && Peek(1).Text == "months")
                    || (words is ["days"] && Peek(1).Text == "time")))
            {
                words.Add("and");
                _index++;
                continue;
            }

            if (words is ["get"] && Current.IsName("or") && Peek(1).IsName("else"))
            {
                words.AddRange(["or", "else"]);
                _index += 2;
                continue;
            }

            if (Current.Kind == FeelTokenKind.Name && !Keywords.Contains(Current.Text)
                && !(Current.Text == "of" && words[^1] == "instance"))
            {
                words.Add(Current.Text);
                _index++;
                continue;
            }

            return string.Join(' ', words);
        }
    }

    private FeelTypeRef TypeRef()
    {
        var token = Current;
        string name;
        if (token.IsName("function") || token.IsName("null"))
        {
            _index++;
            name = token.Text;
        }
        else
        {
            name = Name();
        }

        var arguments = new List<FeelTypeRef>();
        List<string>? fields = null;
        if (Current.Is("<"))
        {
            _index++;
            while (!Current.Is(">"))
            {
                if (arguments.Count > 0)
                {
                    Expect(",");
                }

                if (name == "context")
                {
                    (fields ??= []).Add(Name());
                    Expect(":");
                }

                arguments.Add(TypeRef());
            }

            Expect(">");
        }

        if (name == "function" && Current.Is("->"))
        {
            _index++;
            arguments.Add(TypeRef());
        }

        return new FeelTypeRef(name, arguments, fields);
    }
}
