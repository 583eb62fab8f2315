using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>Drives a pull as the host does: store each page (here: count it), then save its checkpoint.</summary>
internal static class PullRunner
{
    public static async Task<(int Records, string? Checkpoint)> PullAsync<TRecord>(IConnectorSession session, string module, string? cursor, ISyncStateStore state, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var pull = session.GetPullModule<TRecord>(module)
            ?? throw new InvalidOperationException($"The connector has no pull module '{module}'.");
        var records = 0;
        var checkpoint = cursor;
        await foreach (var batch in pull.PullAsync(new PullRequest(cursor), cancellationToken).ConfigureAwait(false))
        {
            records += batch.Records.Count;
            checkpoint = batch.Checkpoint;
            await state.SaveCursorAsync(module, checkpoint, cancellationToken).ConfigureAwait(false);
        }

        return (records, checkpoint);
    }
}
