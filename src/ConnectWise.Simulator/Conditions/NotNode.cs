namespace ConnectWise.Simulator.Conditions;

/// <summary><c>not (…)</c>.</summary>
internal sealed record NotNode(ConditionNode Inner) : ConditionNode;
