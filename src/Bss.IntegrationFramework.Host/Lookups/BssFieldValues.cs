using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>
/// Collects the distinct values a BSS field takes in the store, the values a lookup must map. The store keeps them
/// current as records are written (<see cref="KeptFieldValues"/>), so the alert that judges unmapped values after each
/// run reads the distinct values only, not every record: the check costs the same after a run that changed 50 records
/// of 100,000 as after one that changed none.
/// </summary>
/// <param name="records">The BSS records.</param>
internal sealed class BssFieldValues(BssRecordStore records)
{
    /// <summary>Gets the distinct non-empty values of a field of a module's records, sorted.</summary>
    /// <param name="module">The module whose entity holds the field.</param>
    /// <param name="field">The camelCase field name; nested fields with dots (<c>billingAddress.country</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values.</returns>
    public async Task<IReadOnlyList<string>> GetAsync(string module, string field, CancellationToken cancellationToken)
    {
        var entity = BssEntity.ForModule(module);
        return entity is null ? [] : await records.GetFieldValuesAsync(entity, field, cancellationToken).ConfigureAwait(false);
    }
}
