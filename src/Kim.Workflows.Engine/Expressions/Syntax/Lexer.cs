using System.Globalization;
using System.Text;

namespace Kim.Workflows.Engine.Expressions.Syntax;

/// <summary>
/// Tokenizes the inside of one <c>${...}</c> block, starting at a given index of the whole text,
/// so that positions in errors point into the original expression.
/// </summary>
internal sealed class Lexer(string text, int start)
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["empty"] = TokenKind.Empty,
        ["eq"] = TokenKind.Equal,
        ["ne"] = TokenKind.NotEqual,
        ["lt"] = TokenKind.Less,
        ["gt"] = TokenKind.Greater,
        ["le"] = TokenKind.LessOrEqual,
        ["ge"] = TokenKind.GreaterOrEqual,
        ["div"] = TokenKind.Divide,
        ["mod"] = TokenKind.Modulo,
    };

    private int _index = start;

    /// <summary>Index just after the last token read.</summary>
    public int Index => _index;

    public Token Next()
    {
        while (_index < text.Length && char.IsWhiteSpace(text[_index]))
        {
            _index++;
        }

        if (_index >= text.Length)
        {
            return new Token(TokenKind.End, _index);
        }

        var position = _index;
        var c = text[_index];
        if (char.IsAsciiDigit(c) || (c == '.' && _index + 1 < text.Length && char.IsAsciiDigit(text[_index + 1])))
        {
            return ReadNumber();
        }

        if (c is '\'' or '"')
        {
            return ReadString(c);
        }

        if (char.IsLetter(c) || c is '_' or '$')
        {
            return ReadWord();
        }

        _index++;
        var next = _index < text.Length ? text[_index] : '\0';
        switch (c)
        {
            case '&' when next == '&':
                _index++;
                return new Token(TokenKind.And, position);
            case '|' when next == '|':
                _index++;
                return new Token(TokenKind.Or, position);
            case '=' when next == '=':
                _index++;
                return new Token(TokenKind.Equal, position);
            case '!' when next == '=':
                _index++;
                return new Token(TokenKind.NotEqual, position);
            case '<' when next == '=':
                _index++;
                return new Token(TokenKind.LessOrEqual, position);
            case '>' when next == '=':
                _index++;
                return new Token(TokenKind.GreaterOrEqual, position);
            case '<':
                return new Token(TokenKind.Less, position);
            case '>':
                return new Token(TokenKind.Greater, position);
            case '!':
                return new Token(TokenKind.Not, position);
            case '+':
                return new Token(TokenKind.Plus, position);
            case '-':
                return new Token(TokenKind.Minus, position);
            case '*':
                return new Token(TokenKind.Star, position);
            case '/':
                return new Token(TokenKind.Divide, position);
            case '%':
                return new Token(TokenKind.Modulo, position);
            case '?':
                return new Token(TokenKind.Question, position);
            case ':':
                return new Token(TokenKind.Colon, position);
            case '.':
                return new Token(TokenKind.Dot, position);
            case ',':
                return new Token(TokenKind.Comma, position);
            case '(':
                return new Token(TokenKind.LeftParen, position);
            case ')':
                return new Token(TokenKind.RightParen, position);
            case '[':
                return new Token(TokenKind.LeftBracket, position);
            case ']':
                return new Token(TokenKind.RightBracket, position);
            case '}':
                return new Token(TokenKind.RightBrace, position);
            default:
                throw new ExpressionException($"unerwartetes Zeichen '{c}'", text, position);
        }
    }

    private Token ReadNumber()
    {
        var position = _index;
        var isDecimal = false;
        while (_index < text.Length && char.IsAsciiDigit(text[_index]))
        {
            _index++;
        }

        // JUEL floating point literal: digits '.' digits? exponent? | '.' digits exponent? | digits exponent.
        if (_index < text.Length && text[_index] == '.' && !(_index + 1 < text.Length && IsIdentifierStart(text[_index + 1])))
        {
            isDecimal = true;
            _index++;
            while (_index < text.Length && char.IsAsciiDigit(text[_index]))
            {
                _index++;
            }
        }

        if (_index < text.Length && text[_index] is 'e' or 'E')
        {
            var save = _index;
            _index++;
            if (_index < text.Length && text[_index] is '+' or '-')
            {
                _index++;
            }

            if (_index < text.Length && char.IsAsciiDigit(text[_index]))
            {
                isDecimal = true;
                while (_index < text.Length && char.IsAsciiDigit(text[_index]))
                {
                    _index++;
                }
            }
            else
            {
                _index = save;
            }
        }

        var literal = text.AsSpan(position, _index - position);
        if (isDecimal)
        {
            return new Token(TokenKind.Decimal, position, double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new Token(TokenKind.Integer, position, value)
            : throw new ExpressionException($"die Zahl {literal} ist zu groß", text, position);
    }

    private Token ReadString(char quote)
    {
        var position = _index;
        _index++;
        var builder = new StringBuilder();
        while (_index < text.Length)
        {
            var c = text[_index++];
            if (c == quote)
            {
                return new Token(TokenKind.String, position, builder.ToString());
            }

            if (c == '\\' && _index < text.Length)
            {
                var escaped = text[_index++];
                builder.Append(escaped switch
                {
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    '\\' or '\'' or '"' => escaped.ToString(),
                    // JUEL keeps unknown escapes verbatim.
                    _ => string.Concat("\\", escaped.ToString()),
                });
                continue;
            }

            builder.Append(c);
        }

        throw new ExpressionException("die Zeichenkette ist nicht abgeschlossen (fehlendes Anführungszeichen)", text, position);
    }

    private Token ReadWord()
    {
        var position = _index;
        while (_index < text.Length && (char.IsLetterOrDigit(text[_index]) || text[_index] is '_' or '$'))
        {
            _index++;
        }

        var word = text[position.._index];
        if (word == "instanceof")
        {
            throw new ExpressionException("der Operator 'instanceof' wird nicht unterstützt", text, position);
        }

        return Keywords.TryGetValue(word, out var kind)
            ? new Token(kind, position)
            : new Token(TokenKind.Identifier, position, word);
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';
}
