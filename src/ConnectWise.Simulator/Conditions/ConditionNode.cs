namespace ConnectWise.Simulator.Conditions;

/// <summary>A node of a parsed conditions expression.</summary>
internal abstract record ConditionNode;
