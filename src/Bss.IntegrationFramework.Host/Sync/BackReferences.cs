namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>
/// References from a record to a module pushed after its own (an account's primary contact): such a record is
/// pushed before the record it names is linked, so the run pushes it once more after the later module, and the
/// next run finds everything unchanged.
/// </summary>
internal static class BackReferences
{
    /// <summary>Finds the records to push in a second pass: those naming a record first linked in this run.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="modules">The modules the run pushed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The module and BSS ids of each second pass, in dependency order.</returns>
    public static async Task<IReadOnlyList<(string Module, IReadOnlySet<string> Ids)>> FindAsync(RunScope scope, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(modules);
        var passes = new List<(string, IReadOnlySet<string>)>();
        if (!modules.Contains(BssModules.Accounts) || !modules.Contains(BssModules.Contacts))
        {
            return passes;
        }

        // From the run log, which has every result (the scope keeps only what the report needs).
        var contactsLinked = await scope.Services.Runs.GetBssIdsAsync(scope.RunId, BssModules.Contacts, [nameof(PushOutcome.Created)], cancellationToken).ConfigureAwait(false);
        if (contactsLinked.Count == 0)
        {
            return passes;
        }

        var accountsPushed = await scope.Services.Runs.GetBssIdsAsync(
            scope.RunId,
            BssModules.Accounts,
            [nameof(PushOutcome.Created), nameof(PushOutcome.Updated), nameof(PushOutcome.Unchanged)],
            cancellationToken).ConfigureAwait(false);
        if (accountsPushed.Count == 0 || contactsLinked.Count == 0)
        {
            return passes;
        }

        var accounts = await scope.Services.Records.ListAsync<Account>(cancellationToken).ConfigureAwait(false);
        var again = accounts
            .Where(a => accountsPushed.Contains(a.Id) && a.PrimaryContactId is { } contact && contactsLinked.Contains(contact))
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        if (again.Count > 0)
        {
            passes.Add((BssModules.Accounts, again));
        }

        return passes;
    }
}
