using System.Globalization;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>
/// An instance's approval setting: the mode and, for <see cref="ApprovalMode.Threshold"/>, the amount of monthly
/// recurring revenue per customer at or above which a change waits. Declared and validated here only; stored by
/// <see cref="PlanStore"/>, set with <c>approval NAME MODE [--amount N]</c>.
/// </summary>
/// <param name="Mode">The mode.</param>
/// <param name="Threshold">The amount, for <see cref="ApprovalMode.Threshold"/> only.</param>
public sealed record ApprovalPolicy(ApprovalMode Mode, decimal? Threshold)
{
    /// <summary>Gets the setting of an instance that never chose one: every change is written (today's behaviour).</summary>
    public static ApprovalPolicy Default { get; } = new(ApprovalMode.Auto, null);

    /// <summary>Reads a setting as an administrator types it, reporting every problem at once.</summary>
    /// <param name="mode">Auto, Threshold or Approve (any case).</param>
    /// <param name="amount">The threshold amount, for Threshold only.</param>
    /// <returns>The policy, or the problems.</returns>
    public static (ApprovalPolicy? Policy, IReadOnlyList<string> Errors) Parse(string? mode, string? amount)
    {
        var errors = new List<string>();
        ApprovalMode? parsed = Enum.TryParse<ApprovalMode>(mode?.Trim(), ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(mode, out _) ? m : null;
        if (parsed is null)
        {
            errors.Add($"The approval mode '{mode}' is not one of Auto, Threshold, Approve.");
        }

        decimal? threshold = null;
        if (!string.IsNullOrWhiteSpace(amount))
        {
            if (decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                threshold = value;
            }
            else
            {
                errors.Add($"The threshold '{amount}' is not a positive amount (write it like 250 or 99.50).");
            }
        }

        if (parsed == ApprovalMode.Threshold && threshold is null && string.IsNullOrWhiteSpace(amount))
        {
            errors.Add("The Threshold mode needs an amount: the monthly recurring revenue change per customer at or above which changes wait (--amount).");
        }

        if (parsed is ApprovalMode.Auto or ApprovalMode.Approve && !string.IsNullOrWhiteSpace(amount))
        {
            errors.Add($"An amount only applies to the Threshold mode, not to {parsed}.");
        }

        return errors.Count > 0 ? (null, errors) : (new ApprovalPolicy(parsed!.Value, threshold), errors);
    }

    /// <summary>Tells whether a customer's changes wait, given the sum of the absolute monthly revenue changes.</summary>
    /// <param name="impact">The customer's changes' monthly revenue impact, each counted positive.</param>
    /// <returns><see langword="true"/> when they wait for approval.</returns>
    public bool Waits(decimal impact) => Mode switch
    {
        ApprovalMode.Approve => true,
        ApprovalMode.Threshold => impact >= Threshold,
        _ => false,
    };

    /// <summary>Describes the setting.</summary>
    /// <returns>The text, such as "Threshold (250 a month per customer)".</returns>
    public string Describe() => Mode == ApprovalMode.Threshold
        ? string.Create(CultureInfo.InvariantCulture, $"Threshold ({Threshold} a month per customer)")
        : Mode.ToString();
}
