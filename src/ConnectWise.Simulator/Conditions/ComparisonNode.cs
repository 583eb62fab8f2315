namespace ConnectWise.Simulator.Conditions;

/// <summary><c>path op value</c>, possibly negated (<c>not like</c>, <c>not contains</c>, <c>not in</c>).</summary>
internal sealed record ComparisonNode(string Path, ComparisonOperator Operator, bool Negated, ConditionLiteral Value)
    : ConditionNode;
