namespace BssConnectWiseConnector.Sync;

/// <summary>Checks a mapped record against ConnectWise's required fields and maximum lengths before any request.</summary>
internal sealed class FieldRules
{
    private readonly List<string> _problems = [];
    private readonly string _bssEntity;

    /// <summary>Initializes a new instance of the <see cref="FieldRules"/> class.</summary>
    /// <param name="bssEntity">The BSS entity's name as the reasons call it, such as "account".</param>
    public FieldRules(string bssEntity)
    {
        _bssEntity = bssEntity;
    }

    /// <summary>Gets every problem found so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Requires a value.</summary>
    /// <param name="field">The ConnectWise field.</param>
    /// <param name="bssField">The BSS field it comes from.</param>
    /// <param name="value">The mapped value.</param>
    /// <returns>This instance.</returns>
    public FieldRules Required(string field, string bssField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _problems.Add($"{field} is required, but the {_bssEntity}'s {bssField} is empty; fill it in the BSS.");
        }

        return this;
    }

    /// <summary>Limits a value's length.</summary>
    /// <param name="field">The ConnectWise field.</param>
    /// <param name="bssField">The BSS field it comes from.</param>
    /// <param name="value">The mapped value.</param>
    /// <param name="maxLength">ConnectWise's maximum.</param>
    /// <returns>This instance.</returns>
    public FieldRules MaxLength(string field, string bssField, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            var shown = value.Length > 40 ? value[..40] + "…" : value;
            _problems.Add($"{field} '{shown}' has {value.Length} characters, ConnectWise allows {maxLength}; shorten the {_bssEntity}'s {bssField}.");
        }

        return this;
    }

    /// <summary>Adds a problem found elsewhere, such as an unmapped lookup value.</summary>
    /// <param name="problem">The problem, with its fix.</param>
    /// <returns>This instance.</returns>
    public FieldRules Add(string? problem)
    {
        if (problem is not null)
        {
            _problems.Add(problem);
        }

        return this;
    }
}
