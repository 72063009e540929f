using System.Globalization;
using System.Text;

namespace Kim.Workflows.Engine.Feel;

/// <summary>Splits FEEL text into tokens; skips whitespace and <c>//</c> and <c>/* */</c> comments.</summary>
internal static class FeelLexer
{
    private static readonly string[] TwoCharSymbols = ["**", "..", "<=", ">=", "!=", "->"];

    public static List<FeelToken> Tokenize(string text)
    {
        var tokens = new List<FeelToken>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new FeelToken(FeelTokenKind.End, string.Empty, text.Length, 0));
                return tokens;
            }

            var c = text[i];
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i = ReadNumber(text, i);
                tokens.Add(new FeelToken(FeelTokenKind.Number, text[start..i], start, i - start));
            }
            else if (c == '"')
            {
                var value = ReadString(text, ref i);
                tokens.Add(new FeelToken(FeelTokenKind.String, value, start, i - start));
            }
            else if (c == '@' && i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
                var value = ReadString(text, ref i);
                tokens.Add(new FeelToken(FeelTokenKind.At, value, start, i - start));
            }
            else if (IsNameStart(c))
            {
                i++;
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                tokens.Add(new FeelToken(FeelTokenKind.Name, text[start..i], start, i - start));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
                var symbol = Array.IndexOf(TwoCharSymbols, two) >= 0 ? two : c.ToString();
                if (symbol.Length == 1 && "+-*/=<>()[]{},.:".IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    throw new FeelSyntaxException(text, i, $"unerwartetes Zeichen '{c}'");
                }

                i += symbol.Length;
                tokens.Add(new FeelToken(FeelTokenKind.Symbol, symbol, start, symbol.Length));
            }
        }
    }

    private static bool IsNameStart(char c) =>
        char.IsLetter(c) || c == '_' || c == '?' || (c > 0x7F && !char.IsWhiteSpace(c) && !char.IsPunctuation(c));

    private static bool IsNamePart(char c) => IsNameStart(c) || char.IsAsciiDigit(c) || c == '\'';

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FeelSyntaxException(text, i, "der Kommentar wird nicht mit */ geschlossen");
                }

                i = end + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return i;
    }

    private static string ReadString(string text, ref int i)
    {
        var start = i;
        i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FeelSyntaxException(text, start, "die Zeichenkette wird nicht mit \" geschlossen");
            }

            var c = text[i];
            if (c == '"')
            {
                i++;
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                throw new FeelSyntaxException(text, i, "unvollständige Escape-Sequenz");
            }

            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case 'u': value.Append((char)ReadHex(text, ref i, 4)); break;
                case 'U': value.Append(char.ConvertFromUtf32(ReadHex(text, ref i, 6))); break;
                default:
                    // Unknown escapes stay as written: regular expressions such as "\s" or "\d" need them.
                    value.Append('\\').Append(e);
                    break;
            }
        }
    }

    private static int ReadHex(string text, ref int i, int digits)
    {
        if (i + digits > text.Length
            || !int.TryParse(text.AsSpan(i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || (digits == 6 && code > 0x10FFFF))
        {
            throw new FeelSyntaxException(text, i - 2, "ungültige Unicode-Escape-Sequenz");
        }

        i += digits;
        return code;
    }
}
