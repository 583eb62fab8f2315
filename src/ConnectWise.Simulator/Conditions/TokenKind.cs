namespace ConnectWise.Simulator.Conditions;

/// <summary>The kinds of token in a conditions string.</summary>
internal enum TokenKind
{
    Identifier,
    String,
    Number,
    Date,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}
