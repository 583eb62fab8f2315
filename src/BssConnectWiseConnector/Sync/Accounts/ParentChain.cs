using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>Detects a parent-account cycle before the connector pushes parents first, which would never end.</summary>
internal static class ParentChain
{
    private const int MaxDepth = 32;

    /// <summary>Walks an account's parents through the BSS.</summary>
    /// <param name="account">The account.</param>
    /// <param name="records">The BSS records.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The cycle as "A → B → A", or <see langword="null"/> when there is none.</returns>
    public static async Task<string?> FindCycleAsync(Account account, IBssRecordSource records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(records);
        var path = new List<string> { account.Id };
        var parentId = account.ParentAccountId;
        while (!string.IsNullOrWhiteSpace(parentId) && path.Count <= MaxDepth)
        {
            path.Add(parentId);
            if (path.IndexOf(parentId) < path.Count - 1)
            {
                return string.Join(" → ", path);
            }

            var parent = await records.FindAsync<Account>(parentId, cancellationToken).ConfigureAwait(false);
            parentId = parent?.ParentAccountId;
        }

        return path.Count > MaxDepth ? string.Join(" → ", path) + " …" : null;
    }
}
