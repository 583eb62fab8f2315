using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>Turns a run's results into the items of a plan: the writes that change what a customer is billed.</summary>
internal static class PlanItems
{
    /// <summary>Builds the items of the results that carry a billing impact, with the customers' names.</summary>
    /// <param name="records">The BSS records, for the customers' names.</param>
    /// <param name="results">The results.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The items, in the results' order.</returns>
    public static async Task<IReadOnlyList<PlanItem>> FromResultsAsync(BssRecordStore records, IEnumerable<RunResultRecord> results, CancellationToken cancellationToken)
    {
        var billed = results
            .Where(r => r.Billing is not null && r.RecordHash is not null && r.Outcome is nameof(PushOutcome.Created) or nameof(PushOutcome.Updated))
            .ToList();
        if (billed.Count == 0)
        {
            return [];
        }

        var names = await BssRecordNames.LoadAsync(records, billed.Select(r => (BssModules.Accounts, r.Billing!.CustomerId)).Distinct(), cancellationToken).ConfigureAwait(false);
        return [.. billed.Select(r => new PlanItem
        {
            Module = r.Module,
            BssId = r.BssId,
            RecordHash = r.RecordHash!,
            Outcome = r.Outcome,
            Billing = r.Billing!,
            CustomerName = names.GetValueOrDefault((BssModules.Accounts, r.Billing!.CustomerId)),
        })];
    }
}
