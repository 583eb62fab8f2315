namespace ConnectWise.Simulator.Conditions;

/// <summary>The field paths a parsed condition names.</summary>
internal static class ConditionPaths
{
    public static IEnumerable<string> Of(ConditionNode? node) => node switch
    {
        LogicalNode logical => Of(logical.Left).Concat(Of(logical.Right)),
        NotNode not => Of(not.Inner),
        ComparisonNode comparison => [comparison.Path],
        _ => [],
    };
}
