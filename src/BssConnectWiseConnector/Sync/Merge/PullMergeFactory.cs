using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>Creates a module's <see cref="PullMerge{TRemote, TRecord}"/> from the session's module context.</summary>
internal static class PullMergeFactory
{
    /// <summary>Creates the merge of a module whose push implements <see cref="IPushBaseline{TRecord}"/>.</summary>
    /// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="context">The session's module context.</param>
    /// <param name="module">The module.</param>
    /// <param name="fields">The fields ConnectWise represents.</param>
    /// <returns>The merge.</returns>
    public static PullMerge<TRemote, TRecord> Create<TRemote, TRecord>(ModuleContext context, string module, IReadOnlyList<MergeField<TRecord>> fields)
        where TRemote : class
        where TRecord : BssRecord
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PullMerge<TRemote, TRecord>(
            module,
            fields,
            () => context.Modules.GetPushModule<TRecord>(module) as IPushBaseline<TRecord>,
            context.Settings.FieldOwnership,
            context.Records);
    }
}
