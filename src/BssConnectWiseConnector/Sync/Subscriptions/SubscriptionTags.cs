using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The custom fields "Subscription ID" and "Subscription Name" of agreement additions, found by caption (ids differ
/// per site, so none is ever typed by hand), and the tag a subscription's addition carries.
/// </summary>
internal static class SubscriptionTags
{
    /// <summary>The caption of the custom field holding the BSS subscription id.</summary>
    public const string IdCaption = "Subscription ID";

    /// <summary>The caption of the custom field holding the subscription's name.</summary>
    public const string NameCaption = "Subscription Name";

    /// <summary>Tells whether a set of custom fields has either caption.</summary>
    /// <param name="fields">The custom fields of a record.</param>
    /// <returns><see langword="true"/> when a subscription can be tagged in them.</returns>
    public static bool HasCaptions(IReadOnlyList<CustomFieldValue>? fields) =>
        fields?.Any(f => f.Id is not null && IsOurs(f.Caption)) == true;

    /// <summary>Sets the subscription's values in the whole custom field array, leaving every other field as it is.</summary>
    /// <param name="fields">The custom fields the record has (their definitions and current values).</param>
    /// <param name="subscriptionId">The BSS id.</param>
    /// <param name="subscriptionName">The name.</param>
    /// <returns>The array to send, or <see langword="null"/> when nothing changes (or the fields do not exist).</returns>
    public static IReadOnlyList<CustomFieldValue>? Apply(IReadOnlyList<CustomFieldValue>? fields, string subscriptionId, string subscriptionName)
    {
        if (!HasCaptions(fields))
        {
            return null;
        }

        var changed = false;
        var result = fields!.Select(f =>
        {
            var wanted = Caption(f.Caption, IdCaption) ? subscriptionId : Caption(f.Caption, NameCaption) ? subscriptionName : null;
            if (wanted is null || string.Equals(f.Value?.ToString(), wanted, StringComparison.Ordinal))
            {
                return f;
            }

            changed = true;
            return f with { Value = wanted };
        }).ToArray();
        return changed ? result : null;
    }

    /// <summary>Reads the BSS subscription an addition is tagged with: its custom field, else the marker of its description.</summary>
    /// <param name="addition">The addition.</param>
    /// <param name="subscriptionIds">The ids the batch looks for (the description marker is only matched against them).</param>
    /// <returns>The subscription id, or <see langword="null"/> when the addition is not tagged.</returns>
    public static string? OwnerOf(Addition addition, IEnumerable<string> subscriptionIds)
    {
        ArgumentNullException.ThrowIfNull(addition);
        var tagged = addition.CustomFields?.FirstOrDefault(f => Caption(f.Caption, IdCaption))?.Value?.ToString();
        if (!string.IsNullOrWhiteSpace(tagged))
        {
            return tagged.Trim();
        }

        var description = addition.Description;
        return description is null
            ? null
            : subscriptionIds.FirstOrDefault(id => description.EndsWith(AdditionMapper.Marker(id), StringComparison.Ordinal));
    }

    private static bool IsOurs(string? caption) => Caption(caption, IdCaption) || Caption(caption, NameCaption);

    private static bool Caption(string? caption, string wanted) =>
        string.Equals(caption?.Trim(), wanted, StringComparison.OrdinalIgnoreCase);
}
