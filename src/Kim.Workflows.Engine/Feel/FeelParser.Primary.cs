namespace Kim.Workflows.Engine.Feel;

/// <summary>Postfix operators and primaries: literals, names, lists, ranges, contexts, function definitions.</summary>
internal sealed partial class FeelParser
{
    private FeelNode Postfix()
    {
        var node = Primary();
        while (true)
        {
            var token = Current;
            if (token.Is("."))
            {
                _index++;
                var member = Name();
                node = new PathNode(token.Position, node, member, IsNameLike(node) ? SourceText(node) : null);
            }
            else if (token.Is("[") && !(_rangeEndDepth > 0 && !HasClosingBracket()))
            {
                _index++;
                var condition = Expression();
                Expect("]");
                node = new FilterNode(token.Position, node, condition);
            }
            else if (token.Is("("))
            {
                _index++;
                node = Call(node, token.Position);
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>
    /// Whether the '[' at the current token is closed later. In a range end such as <c>[1..10[</c> an
    /// unclosed '[' is the exclusive end bracket, not a filter.
    /// </summary>
    private bool HasClosingBracket()
    {
        var depth = 0;
        for (var j = _index; _tokens[j].Kind != FeelTokenKind.End; j++)
        {
            if (_tokens[j].Is("["))
            {
                depth++;
            }
            else if (_tokens[j].Is("]") && --depth == 0)
            {
                return true;
            }
        }

        return false;
    }

    private CallNode Call(FeelNode function, int position)
    {
        var arguments = new List<FeelNode>();
        List<string>? names = null;
        var named = NamedArgumentAhead();
        while (!Current.Is(")"))
        {
            if (arguments.Count > 0)
            {
                Expect(",");
            }

            if (named)
            {
                (names ??= []).Add(Name());
                Expect(":");
            }

            arguments.Add(Expression());
        }

        Expect(")");
        return new CallNode(position, function, arguments, names);
    }

    private bool NamedArgumentAhead()
    {
        var j = _index;
        while (_tokens[j].Kind == FeelTokenKind.Name)
        {
            j++;
        }

        return j > _index && _tokens[j].Is(":");
    }

    private FeelNode Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                _index++;
                return new LiteralNode(token.Position, ParseNumber(token.Text) ?? throw Error(token, $"die Zahl {token.Text} ist zu groß"));
            case FeelTokenKind.String:
                _index++;
                return new LiteralNode(token.Position, token.Text);
            case FeelTokenKind.At:
                _index++;
                return new LiteralNode(token.Position, FeelTemporalParser.ParseAtLiteral(token.Text)
                    ?? throw Error(token, $"\"{token.Text}\" ist kein Datum, keine Uhrzeit und keine Dauer"));
            case FeelTokenKind.Name:
                return NamePrimary(token);
            case FeelTokenKind.Symbol:
                return SymbolPrimary(token);
            default:
                throw Error(token, $"unerwartet: {Describe(token)}");
        }
    }

    private FeelNode NamePrimary(FeelToken token)
    {
        switch (token.Text)
        {
            case "true" or "false":
                _index++;
                return new LiteralNode(token.Position, token.Text == "true");
            case "null":
                _index++;
                return new LiteralNode(token.Position, null);
            case "if" or "for":
                return Expression();
            case "some" or "every" when Peek(1).Kind == FeelTokenKind.Name && Peek(2).IsName("in"):
                return Expression();
            case "function" when Peek(1).Is("("):
                return FunctionDefinition(token);
        }

        if (Keywords.Contains(token.Text))
        {
            throw Error(token, $"unerwartet: {Describe(token)}");
        }

        var name = Name();
        _sawInput |= name == "?";
        return new NameNode(token.Position, name);
    }

    private FunctionDefinitionNode FunctionDefinition(FeelToken token)
    {
        _index += 2;
        var parameters = new List<string>();
        while (!Current.Is(")"))
        {
            if (parameters.Count > 0)
            {
                Expect(",");
            }

            parameters.Add(Name());
            if (Current.Is(":"))
            {
                _index++;
                TypeRef();
            }
        }

        Expect(")");
        return new FunctionDefinitionNode(token.Position, parameters, Expression());
    }

    private FeelNode SymbolPrimary(FeelToken token)
    {
        switch (token.Text)
        {
            case "(":
                _index++;
                var inner = Expression();
                if (Current.Is(".."))
                {
                    return RangeRest(token, startIncluded: false, inner);
                }

                Expect(")");
                return inner;
            case "[":
                return ListOrRange(token);
            case "]":
                _index++;
                return RangeRest(token, startIncluded: false, Expression());
            case "{":
                return Context(token);
            case "=" or "!=":
                _index++;
                return new UnaryTestNode(token.Position, token.Text, Additive());
            case "<" or "<=" or ">" or ">=":
                _index++;
                var endpoint = Additive();
                return token.Text[0] == '<'
                    ? new RangeNode(token.Position, false, null, endpoint, token.Text == "<=")
                    : new RangeNode(token.Position, token.Text == ">=", endpoint, null, false);
            default:
                throw Error(token, $"unerwartet: {Describe(token)}");
        }
    }

    private FeelNode ListOrRange(FeelToken open)
    {
        _index++;
        var items = new List<FeelNode>();
        if (Current.Is("]"))
        {
            _index++;
            return new ListNode(open.Position, items);
        }

        var first = Expression();
        if (Current.Is(".."))
        {
            return RangeRest(open, startIncluded: true, first);
        }

        items.Add(first);
        while (Current.Is(","))
        {
            _index++;
            items.Add(Expression());
        }

        Expect("]");
        return new ListNode(open.Position, items);
    }

    private RangeNode RangeRest(FeelToken open, bool startIncluded, FeelNode start)
    {
        Expect("..");
        _rangeEndDepth++;
        var end = Expression();
        _rangeEndDepth--;
        var close = Current;
        if (!(close.Is("]") || close.Is(")") || close.Is("[")))
        {
            throw Error(close, $"erwartet wurde ']' oder ')', gefunden: {Describe(close)}");
        }

        _index++;
        return new RangeNode(open.Position, startIncluded, start, end, close.Is("]"));
    }

    private ContextNode Context(FeelToken open)
    {
        _index++;
        var entries = new List<KeyValuePair<string, FeelNode>>();
        while (!Current.Is("}"))
        {
            if (entries.Count > 0)
            {
                Expect(",");
            }

            var keyToken = Current;
            var key = ContextKey();
            if (entries.Exists(e => e.Key == key))
            {
                throw Error(keyToken, $"der Schlüssel \"{key}\" kommt im Kontext doppelt vor");
            }

            Expect(":");
            entries.Add(new(key, Expression()));
        }

        Expect("}");
        return new ContextNode(open.Position, entries);
    }

}
