using System.Globalization;

namespace ConnectWise.Simulator.Conditions;

/// <summary>
/// Parses ConnectWise's conditions grammar:
/// <code>
/// expr       := and ( OR and )*
/// and        := unary ( AND unary )*
/// unary      := NOT unary | '(' expr ')' | comparison
/// comparison := path [NOT] ( = | != | &lt; | &lt;= | &gt; | &gt;= | LIKE | CONTAINS ) value | path [NOT] IN '(' value, … ')'
/// value      := "string" | 'string' | number | true | false | null | [date]
/// </code>
/// Keywords are case-insensitive; paths are field names joined by "/".
/// </summary>
internal sealed class ConditionParser
{
    private readonly IReadOnlyList<ConditionToken> _tokens;
    private int _index;

    private ConditionParser(IReadOnlyList<ConditionToken> tokens) => _tokens = tokens;

    private ConditionToken Current => _tokens[_index];

    /// <summary>Parses a conditions string; null or blank gives null (no filter).</summary>
    /// <param name="text">The conditions.</param>
    /// <param name="profile">Strict refuses a backslash escape inside a string, which ConnectWise does not document.</param>
    public static ConditionNode? Parse(string? text, SimulatorProfile profile = SimulatorProfile.Normal)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parser = new ConditionParser(ConditionTokenizer.Tokenize(text, allowEscapes: profile != SimulatorProfile.Strict));
        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("'and', 'or' or the end");
        }

        return node;
    }

    private ConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsKeyword("or"))
        {
            _index++;
            left = new LogicalNode(false, left, ParseAnd());
        }

        return left;
    }

    private ConditionNode ParseAnd()
    {
        var left = ParseUnary();
        while (Current.IsKeyword("and"))
        {
            _index++;
            left = new LogicalNode(true, left, ParseUnary());
        }

        return left;
    }

    private ConditionNode ParseUnary()
    {
        if (Current.IsKeyword("not"))
        {
            _index++;
            return new NotNode(ParseUnary());
        }

        if (Current.Kind == TokenKind.OpenParen)
        {
            _index++;
            var inner = ParseOr();
            Expect(TokenKind.CloseParen, "')'");
            return inner;
        }

        return ParseComparison();
    }

    private ComparisonNode ParseComparison()
    {
        if (Current.Kind != TokenKind.Identifier || IsReserved(Current))
        {
            throw Unexpected("a field name");
        }

        var path = Current.Text;
        _index++;
        var negated = false;
        if (Current.IsKeyword("not"))
        {
            negated = true;
            _index++;
        }

        var op = ParseOperator(negated);
        _index++;
        var value = op == ComparisonOperator.In ? ParseList() : ParseValue();
        return new ComparisonNode(path, op, negated, value);
    }

    private ComparisonOperator ParseOperator(bool negated)
    {
        var token = Current;
        if (token.Kind == TokenKind.Operator && !negated)
        {
            return token.Text switch
            {
                "=" => ComparisonOperator.Equal,
                "!=" => ComparisonOperator.NotEqual,
                "<" => ComparisonOperator.Less,
                "<=" => ComparisonOperator.LessOrEqual,
                ">" => ComparisonOperator.Greater,
                _ => ComparisonOperator.GreaterOrEqual,
            };
        }

        if (token.IsKeyword("like"))
        {
            return ComparisonOperator.Like;
        }

        if (token.IsKeyword("contains"))
        {
            return ComparisonOperator.Contains;
        }

        if (token.IsKeyword("in"))
        {
            return ComparisonOperator.In;
        }

        throw Unexpected(negated ? "'like', 'contains' or 'in' after 'not'" : "an operator (= != < <= > >= like contains in)");
    }

    private ConditionLiteral ParseList()
    {
        Expect(TokenKind.OpenParen, "'(' after 'in'");
        var items = new List<ConditionLiteral> { ParseValue() };
        while (Current.Kind == TokenKind.Comma)
        {
            _index++;
            items.Add(ParseValue());
        }

        Expect(TokenKind.CloseParen, "',' or ')' in the 'in' list");
        return new ConditionLiteral(LiteralKind.List, "") { Items = items };
    }

    private ConditionLiteral ParseValue()
    {
        var token = Current;
        _index++;
        switch (token.Kind)
        {
            case TokenKind.String:
                return new ConditionLiteral(LiteralKind.String, token.Text);
            case TokenKind.Number when double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return new ConditionLiteral(LiteralKind.Number, token.Text) { Number = number };
            case TokenKind.Date when DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date):
                return new ConditionLiteral(LiteralKind.Date, token.Text) { Date = date };
            case TokenKind.Date:
                throw new ConditionSyntaxException($"'[{token.Text}]' at position {token.Position} is not a date.");
            case TokenKind.Identifier when token.IsKeyword("true") || token.IsKeyword("false"):
                return new ConditionLiteral(LiteralKind.Boolean, token.Text) { Boolean = token.IsKeyword("true") };
            case TokenKind.Identifier when token.IsKeyword("null"):
                return new ConditionLiteral(LiteralKind.Null, token.Text);
            default:
                _index--;
                throw Unexpected("a value");
        }
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(what);
        }

        _index++;
    }

    private static bool IsReserved(ConditionToken token) =>
        token.IsKeyword("and") || token.IsKeyword("or") || token.IsKeyword("like") || token.IsKeyword("contains")
        || token.IsKeyword("in") || token.IsKeyword("true") || token.IsKeyword("false") || token.IsKeyword("null");

    private ConditionSyntaxException Unexpected(string expected) =>
        Current.Kind == TokenKind.End
            ? new ConditionSyntaxException($"Expected {expected} but the conditions ended.")
            : new ConditionSyntaxException($"Expected {expected} at position {Current.Position} but found '{Current.Text}'.");
}
