using System.Text;

namespace ConnectWise.Simulator.Conditions;

/// <summary>
/// Splits a conditions string into tokens. The Developer Guide documents no escape inside a string (only URL encoding,
/// and <c>[[]</c> for a literal <c>[</c> in a like pattern): the normal profile reads <c>\"</c>, <c>\'</c> and
/// <c>\\</c> as escapes, the strict profile refuses a backslash inside a string with ConnectWise's 400.
/// </summary>
internal static class ConditionTokenizer
{
    public static IReadOnlyList<ConditionToken> Tokenize(string text, bool allowEscapes = true)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                tokens.Add(ReadString(text, ref i, allowEscapes));
            }
            else if (c == '[')
            {
                var end = text.IndexOf(']', i + 1);
                if (end < 0)
                {
                    throw new ConditionSyntaxException($"A date starting at position {i} has no closing ']'.");
                }

                tokens.Add(new ConditionToken(TokenKind.Date, text[(i + 1)..end].Trim(), i));
                i = end + 1;
            }
            else if (c == '(')
            {
                tokens.Add(new ConditionToken(TokenKind.OpenParen, "(", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new ConditionToken(TokenKind.CloseParen, ")", i++));
            }
            else if (c == ',')
            {
                tokens.Add(new ConditionToken(TokenKind.Comma, ",", i++));
            }
            else if (c is '=' or '<' or '>' or '!')
            {
                var start = i;
                var two = i + 1 < text.Length ? text.Substring(i, 2) : null;
                var op = two is "<=" or ">=" or "!=" or "<>" ? two : c.ToString();
                if (op == "!")
                {
                    throw new ConditionSyntaxException($"'!' at position {i} must be followed by '='.");
                }

                i += op.Length;
                tokens.Add(new ConditionToken(TokenKind.Operator, op == "<>" ? "!=" : op, start));
            }
            else if (char.IsDigit(c) || (c is '-' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new ConditionToken(TokenKind.Number, text[start..i], start));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '/' or '.'))
                {
                    i++;
                }

                tokens.Add(new ConditionToken(TokenKind.Identifier, text[start..i], start));
            }
            else
            {
                throw new ConditionSyntaxException($"Unexpected character '{c}' at position {i}.");
            }
        }

        tokens.Add(new ConditionToken(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static ConditionToken ReadString(string text, ref int i, bool allowEscapes)
    {
        var quote = text[i];
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            // A backslash escapes the next character: \" \' \\ .
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (!allowEscapes)
                {
                    throw new ConditionSyntaxException($"The string starting at position {start} holds a backslash escape at position {i}, which is not supported.");
                }

                i++;
            }

            value.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw new ConditionSyntaxException($"The string starting at position {start} is not closed with {quote}.");
        }

        i++;
        return new ConditionToken(TokenKind.String, value.ToString(), start);
    }
}
