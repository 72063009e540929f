using System.Globalization;
using System.Runtime.CompilerServices;

namespace Kim.Workflows.Engine.Feel;

/// <summary>
/// Recursive-descent parser for FEEL (DMN 1.5) expressions and unary tests. Operator levels, loosest
/// first: textual (if/for/some/every/function), or, and, comparison (= != &lt; &lt;= &gt; &gt;= between in
/// instance of), additive, multiplicative, exponent, negation, postfix (path, filter, invocation).
/// </summary>
internal sealed partial class FeelParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "in", "between", "instance", "then", "else", "return", "satisfies", "if", "for", "some", "every",
        "true", "false", "null", "function",
    };

    private readonly string _text;
    private readonly List<FeelToken> _tokens;
    private readonly int _maxNesting;
    private int _index;
    private int _depth;
    private int _rangeEndDepth;
    private bool _sawInput;

    private FeelParser(string text, int maxNesting)
    {
        _text = text;
        _maxNesting = maxNesting;
        _tokens = FeelLexer.Tokenize(text);
    }

    private FeelToken Current => _tokens[_index];

    private FeelToken Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    public static FeelNode ParseExpression(string text, int maxNesting = 100)
    {
        var parser = new FeelParser(text, maxNesting);
        var node = parser.Expression();
        parser.ExpectEnd();
        return node;
    }

    /// <summary>Parses unary tests (DMN input entries): <c>-</c>, <c>not(t, …)</c> or <c>t, …</c>.</summary>
    public static FeelNode ParseUnaryTests(string text, int maxNesting = 100)
    {
        var parser = new FeelParser(text, maxNesting);
        var node = parser.UnaryTests();
        parser.ExpectEnd();
        return node;
    }

    private void ExpectEnd()
    {
        if (Current.Kind != FeelTokenKind.End)
        {
            throw Error(Current, $"unerwartet: {Describe(Current)}");
        }
    }

    private FeelToken Expect(string symbol)
    {
        if (!Current.Is(symbol))
        {
            throw Error(Current, $"erwartet wurde '{symbol}', gefunden: {Describe(Current)}");
        }

        return _tokens[_index++];
    }

    private void ExpectWord(string word)
    {
        if (!Current.IsName(word))
        {
            throw Error(Current, $"erwartet wurde '{word}', gefunden: {Describe(Current)}");
        }

        _index++;
    }

    private FeelSyntaxException Error(FeelToken token, string problem) => new(_text, token.Position, problem);

    private static string Describe(FeelToken token) => token.Kind switch
    {
        FeelTokenKind.End => "das Ende des Ausdrucks",
        FeelTokenKind.String => $"die Zeichenkette \"{token.Text}\"",
        _ => $"'{token.Text}'",
    };

    private FeelNode Expression()
    {
        EnterNesting(Current);

        try
        {
            return TextualExpression();
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>One level deeper: bounded by the limit and by the stack this thread has left.</summary>
    private void EnterNesting(FeelToken token)
    {
        if (++_depth > _maxNesting)
        {
            throw Error(token, $"der Ausdruck ist tiefer verschachtelt als erlaubt ({_maxNesting} Ebenen)");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(token, "der Ausdruck ist zu tief verschachtelt");
        }
    }

    private FeelNode TextualExpression()
    {
        var token = Current;
        if (token.Kind == FeelTokenKind.Name)
        {
            switch (token.Text)
            {
                case "if":
                    _index++;
                    var condition = Expression();
                    ExpectWord("then");
                    var then = Expression();
                    ExpectWord("else");
                    return new IfNode(token.Position, condition, then, Expression());
                case "for":
                    _index++;
                    var iterators = Iterators(allowRange: true);
                    ExpectWord("return");
                    return new ForNode(token.Position, iterators, Expression());
                case "some" or "every" when Peek(1).Kind == FeelTokenKind.Name:
                    _index++;
                    var clauses = Iterators(allowRange: false);
                    ExpectWord("satisfies");
                    return new QuantifiedNode(token.Position, token.Text == "every", clauses, Expression());
            }
        }

        return Disjunction();
    }

    private List<IteratorClause> Iterators(bool allowRange)
    {
        var clauses = new List<IteratorClause>();
        do
        {
            if (clauses.Count > 0)
            {
                _index++;
            }

            var name = Name();
            ExpectWord("in");
            var source = Expression();
            FeelNode? end = null;
            if (allowRange && Current.Is(".."))
            {
                _index++;
                end = Expression();
            }

            clauses.Add(new IteratorClause(name, source, end));
        }
        while (Current.Is(","));
        return clauses;
    }

    private FeelNode Disjunction()
    {
        var left = Conjunction();
        while (Current.IsName("or"))
        {
            var position = _tokens[_index++].Position;
            left = new OrNode(position, left, Conjunction());
        }

        return left;
    }

    private FeelNode Conjunction()
    {
        var left = Comparison();
        while (Current.IsName("and"))
        {
            var position = _tokens[_index++].Position;
            left = new AndNode(position, left, Comparison());
        }

        return left;
    }

    private FeelNode Comparison()
    {
        var left = Additive();
        while (true)
        {
            var token = Current;
            if (token.Kind == FeelTokenKind.Symbol && token.Text is "=" or "!=" or "<" or "<=" or ">" or ">=")
            {
                _index++;
                left = new BinaryNode(token.Position, token.Text, left, Additive());
            }
            else if (token.IsName("between"))
            {
                _index++;
                var low = Additive();
                ExpectWord("and");
                left = new BetweenNode(token.Position, left, low, Additive());
            }
            else if (token.IsName("in"))
            {
                _index++;
                left = new InNode(token.Position, left, InTests());
            }
            else if (token.IsName("instance") && Peek(1).IsName("of"))
            {
                _index += 2;
                left = new InstanceOfNode(token.Position, left, TypeRef());
            }
            else
            {
                return left;
            }
        }
    }

    private FeelNode Additive()
    {
        var left = Multiplicative();
        while (Current.Is("+") || Current.Is("-"))
        {
            var token = _tokens[_index++];
            var right = Multiplicative();
            left = new BinaryNode(token.Position, token.Text, left, right, CombinedName(left, right));
        }

        return left;
    }

    private FeelNode Multiplicative()
    {
        var left = Exponent();
        while (Current.Is("*") || Current.Is("/"))
        {
            var token = _tokens[_index++];
            var right = Exponent();
            left = new BinaryNode(token.Position, token.Text, left, right, CombinedName(left, right));
        }

        return left;
    }

    private FeelNode Exponent()
    {
        var left = Negation();
        while (Current.Is("**"))
        {
            var token = _tokens[_index++];
            left = new BinaryNode(token.Position, "**", left, Negation());
        }

        return left;
    }

    private FeelNode Negation()
    {
        if (Current.Is("-"))
        {
            var token = _tokens[_index++];
            EnterNesting(token);

            var operand = Negation();
            _depth--;
            return operand is LiteralNode { Value: decimal number }
                ? new LiteralNode(token.Position, -number)
                : new NegationNode(token.Position, operand);
        }

        return Postfix();
    }

    private static decimal? ParseNumber(string text)
    {
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
