using System.Text;
using Kim.Workflows.Engine.Expressions.Evaluation;

namespace Kim.Workflows.Engine.Expressions.Syntax;

/// <summary>
/// Recursive-descent parser for JUEL (JSR 245 section 1.19, operator precedence from low to high:
/// ?: · || or · &amp;&amp; and · == != eq ne · &lt; &gt; &lt;= &gt;= lt gt le ge · + - · * / div % mod ·
/// unary - ! not empty · . [] ()). Nesting and tree height are bounded so that hostile input
/// ends in an <see cref="ExpressionException"/>, never in a stack overflow.
/// </summary>
internal sealed class Parser
{
    public const int MaxNesting = 200;
    public const int MaxTreeDepth = 1000;

    private readonly string _text;
    private readonly Lexer _lexer;
    private Token _current;
    private int _nesting;

    private Parser(string text, int start)
    {
        _text = text;
        _lexer = new Lexer(text, start);
        _current = _lexer.Next();
    }

    /// <summary>Parses template text; returns null (and the unescaped literal) when it holds no <c>${...}</c>.</summary>
    public static ExpressionNode? ParseTemplate(string text, out string literal)
    {
        var parts = new List<ExpressionNode>();
        var blocks = 0;
        var builder = new StringBuilder();
        var literalStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var opensBlock = c is '$' or '#' && i + 1 < text.Length && text[i + 1] == '{';
            if (c == '\\' && i + 2 < text.Length && text[i + 1] is '$' or '#' && text[i + 2] == '{')
            {
                // JUEL: "\${" is the literal text "${".
                builder.Append(text[i + 1]).Append('{');
                i += 3;
                continue;
            }

            if (!opensBlock)
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (builder.Length > 0)
            {
                parts.Add(new LiteralNode(literalStart, builder.ToString()));
                builder.Clear();
            }

            var parser = new Parser(text, i + 2);
            parts.Add(parser.ParseBlock(i));
            blocks++;
            i = parser._current.Position + 1;
            literalStart = i;
        }

        literal = builder.ToString();
        if (blocks == 0)
        {
            return null;
        }

        if (builder.Length > 0)
        {
            parts.Add(new LiteralNode(literalStart, literal));
        }

        return parts.Count == 1 ? parts[0] : new CompositeNode(0, [.. parts]);
    }

    private ExpressionNode ParseBlock(int blockStart)
    {
        if (_current.Kind == TokenKind.RightBrace)
        {
            throw Error("leerer Ausdruck", blockStart);
        }

        var node = ParseTernary();
        return _current.Kind switch
        {
            TokenKind.RightBrace => node,
            TokenKind.End => throw Error("am Ende des Ausdrucks fehlt '}'", blockStart),
            _ => throw Error($"unerwartet: {Describe(_current)}", _current.Position),
        };
    }

    private ExpressionNode ParseTernary()
    {
        if (++_nesting > MaxNesting)
        {
            throw Error($"der Ausdruck ist tiefer als {MaxNesting} Ebenen verschachtelt", _current.Position);
        }

        var node = ParseBinary(0);
        if (_current.Kind == TokenKind.Question)
        {
            var position = Advance().Position;
            var whenTrue = ParseTernary();
            Expect(TokenKind.Colon, "':'");
            var whenFalse = ParseTernary();
            node = Checked(new ConditionalNode(position, node, whenTrue, whenFalse));
        }

        _nesting--;
        return node;
    }

    // Levels: 0 or, 1 and, 2 equality, 3 relational, 4 additive, 5 multiplicative; all left-associative.
    private ExpressionNode ParseBinary(int level)
    {
        if (level > 5)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (BinaryLevel(_current.Kind) == level)
        {
            var token = Advance();
            var right = ParseBinary(level + 1);
            left = Checked(token.Kind switch
            {
                TokenKind.Or => new LogicalNode(token.Position, isAnd: false, left, right),
                TokenKind.And => new LogicalNode(token.Position, isAnd: true, left, right),
                _ => new BinaryNode(token.Position, ToBinaryOperator(token.Kind), left, right),
            });
        }

        return left;
    }

    private ExpressionNode ParseUnary()
    {
        UnaryOperator? op = _current.Kind switch
        {
            TokenKind.Minus => UnaryOperator.Negate,
            TokenKind.Not => UnaryOperator.Not,
            TokenKind.Empty => UnaryOperator.Empty,
            _ => null,
        };
        if (op is null)
        {
            return ParseValue();
        }

        if (++_nesting > MaxNesting)
        {
            throw Error($"der Ausdruck ist tiefer als {MaxNesting} Ebenen verschachtelt", _current.Position);
        }

        var position = Advance().Position;
        var node = Checked(new UnaryNode(position, op.Value, ParseUnary()));
        _nesting--;
        return node;
    }

    private ExpressionNode ParseValue()
    {
        var node = _current is { Kind: TokenKind.Identifier, Value: "execution" } ? ParseExecutionCall() : ParsePrimary();
        while (true)
        {
            if (_current.Kind == TokenKind.Dot)
            {
                Advance();
                var name = Expect(TokenKind.Identifier, "ein Eigenschafts- oder Methodenname");
                if (_current.Kind != TokenKind.LeftParen)
                {
                    node = Checked(new MemberNode(name.Position, node, name.Name));
                    continue;
                }

                if (!MethodWhitelist.Arity.TryGetValue(name.Name, out var arity))
                {
                    throw Error($"die Methode '{name.Name}' ist nicht erlaubt", name.Position);
                }

                var arguments = ParseArguments();
                if (arguments.Length != arity)
                {
                    throw Error($"die Methode '{name.Name}' erwartet {arity} Argument(e), nicht {arguments.Length}", name.Position);
                }

                node = Checked(new MethodCallNode(name.Position, node, name.Name, arguments));
            }
            else if (_current.Kind == TokenKind.LeftBracket)
            {
                var position = Advance().Position;
                var index = ParseTernary();
                Expect(TokenKind.RightBracket, "']'");
                node = Checked(new IndexNode(position, node, index));
            }
            else
            {
                return node;
            }
        }
    }

    private ExpressionNode ParseExecutionCall()
    {
        var position = Advance().Position;
        Expect(TokenKind.Dot, "'.' nach 'execution'");
        var method = Expect(TokenKind.Identifier, "getVariable, hasVariable oder processBusinessKey");
        if (method.Name == "processBusinessKey" && _current.Kind != TokenKind.LeftParen)
        {
            return new BusinessKeyNode(position);
        }

        if (method.Name == "getProcessBusinessKey" && _current.Kind == TokenKind.LeftParen)
        {
            return ParseArguments().Length == 0
                ? new BusinessKeyNode(position)
                : throw Error("execution.getProcessBusinessKey erwartet keine Argumente", method.Position);
        }

        if (method.Name is not ("getVariable" or "hasVariable") || _current.Kind != TokenKind.LeftParen)
        {
            throw Error("erlaubt sind nur execution.getVariable(name), execution.hasVariable(name) und execution.processBusinessKey", method.Position);
        }

        var arguments = ParseArguments();
        return arguments.Length == 1
            ? new ExecutionCallNode(position, method.Name == "hasVariable", arguments[0])
            : throw Error($"execution.{method.Name} erwartet genau ein Argument", method.Position);
    }

    private ExpressionNode ParsePrimary()
    {
        var token = _current;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.String:
                Advance();
                return new LiteralNode(token.Position, token.Value);
            case TokenKind.True:
            case TokenKind.False:
                Advance();
                return new LiteralNode(token.Position, token.Kind == TokenKind.True);
            case TokenKind.Null:
                Advance();
                return new LiteralNode(token.Position, null);
            case TokenKind.Identifier:
                Advance();
                if (_current.Kind != TokenKind.LeftParen)
                {
                    return new VariableNode(token.Position, token.Name);
                }

                if (token.Name != "now")
                {
                    throw Error($"die Funktion '{token.Name}' ist nicht erlaubt (nur now())", token.Position);
                }

                return ParseArguments().Length == 0
                    ? new NowNode(token.Position)
                    : throw Error("now() erwartet keine Argumente", token.Position);
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseTernary();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            default:
                throw Error($"unerwartet: {Describe(token)}", token.Position);
        }
    }

    private ExpressionNode[] ParseArguments()
    {
        Expect(TokenKind.LeftParen, "'('");
        var arguments = new List<ExpressionNode>();
        if (_current.Kind != TokenKind.RightParen)
        {
            arguments.Add(ParseTernary());
            while (_current.Kind == TokenKind.Comma)
            {
                Advance();
                arguments.Add(ParseTernary());
            }
        }

        Expect(TokenKind.RightParen, "')'");
        return [.. arguments];
    }

    private static int BinaryLevel(TokenKind kind) => kind switch
    {
        TokenKind.Or => 0,
        TokenKind.And => 1,
        TokenKind.Equal or TokenKind.NotEqual => 2,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessOrEqual or TokenKind.GreaterOrEqual => 3,
        TokenKind.Plus or TokenKind.Minus => 4,
        TokenKind.Star or TokenKind.Divide or TokenKind.Modulo => 5,
        _ => -1,
    };

    private static BinaryOperator ToBinaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Divide => BinaryOperator.Divide,
        _ => BinaryOperator.Modulo,
    };

    private ExpressionNode Checked(ExpressionNode node) =>
        node.Depth <= MaxTreeDepth
            ? node
            : throw Error($"der Ausdruck ist zu komplex (mehr als {MaxTreeDepth} verschachtelte Operationen)", node.Position);

    private Token Advance()
    {
        var token = _current;
        _current = _lexer.Next();
        return token;
    }

    private Token Expect(TokenKind kind, string what) =>
        _current.Kind == kind ? Advance() : throw Error($"erwartet wurde {what}, gefunden: {Describe(_current)}", _current.Position);

    private string Describe(Token token)
    {
        if (token.Kind == TokenKind.End)
        {
            return "Ende des Ausdrucks";
        }

        var end = token.Position;
        while (end < _text.Length && end - token.Position < 20 && !char.IsWhiteSpace(_text[end]))
        {
            end++;
        }

        return $"'{_text[token.Position..Math.Max(end, token.Position + 1)]}'";
    }

    private ExpressionException Error(string reason, int position) => new(reason, _text, position);
}
