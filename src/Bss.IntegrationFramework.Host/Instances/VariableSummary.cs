namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>One server variable as it may be shown.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value, masked when secret; <c>env:NAME</c> for an environment reference.</param>
/// <param name="IsSet">Whether a value is stored.</param>
/// <param name="Required">Whether the connector requires it.</param>
/// <param name="Secret">Whether it is secret.</param>
/// <param name="DefaultValue">The connector's default, if any.</param>
/// <param name="Label">The label in the connector's manifest (the BSS documentation's name), accepted wherever the name is.</param>
internal sealed record VariableSummary(string Name, string Value, bool IsSet, bool Required, bool Secret, string? DefaultValue, string? Label = null);
