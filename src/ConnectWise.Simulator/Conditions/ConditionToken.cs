namespace ConnectWise.Simulator.Conditions;

/// <summary>One token: its kind, its text (unescaped for strings) and where it starts.</summary>
internal readonly record struct ConditionToken(TokenKind Kind, string Text, int Position)
{
    /// <summary>Whether the token is the given keyword (and, or, not, like, contains, in, true, false, null).</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
