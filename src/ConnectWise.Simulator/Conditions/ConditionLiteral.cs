namespace ConnectWise.Simulator.Conditions;

/// <summary>A value on the right of a comparison.</summary>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="Text">The string, or the number's or date's text.</param>
internal sealed record ConditionLiteral(LiteralKind Kind, string Text)
{
    public double Number { get; init; }

    public bool Boolean { get; init; }

    public DateTimeOffset Date { get; init; }

    /// <summary>The members of an <c>in (…)</c> list.</summary>
    public IReadOnlyList<ConditionLiteral> Items { get; init; } = [];
}
