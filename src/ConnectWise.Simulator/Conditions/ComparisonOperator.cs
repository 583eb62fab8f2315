namespace ConnectWise.Simulator.Conditions;

/// <summary>The comparisons of the conditions grammar.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Like,
    Contains,
    In,
}
