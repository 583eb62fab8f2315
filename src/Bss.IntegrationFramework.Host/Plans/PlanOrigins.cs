namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>Where a plan comes from.</summary>
internal static class PlanOrigins
{
    /// <summary>Computed on request (<c>sync NAME --plan</c>), nothing written.</summary>
    public const string Requested = "plan";

    /// <summary>Held back by the instance's approval mode during a run.</summary>
    public const string Held = "held";
}
