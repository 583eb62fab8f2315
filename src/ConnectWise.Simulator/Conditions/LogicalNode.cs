namespace ConnectWise.Simulator.Conditions;

/// <summary><c>left and right</c> or <c>left or right</c>.</summary>
internal sealed record LogicalNode(bool IsAnd, ConditionNode Left, ConditionNode Right) : ConditionNode;
