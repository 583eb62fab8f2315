namespace ConnectWise.Simulator.Conditions;

/// <summary>The kinds of value a condition compares with.</summary>
internal enum LiteralKind
{
    String,
    Number,
    Boolean,
    Null,
    Date,
    List,
}
