using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>Creates a module's <see cref="PullMerge{TRemote, TRecord}"/> from the session's services.</summary>
internal static class PullMergeFactory
{
    /// <summary>Creates the merge of a module whose push implements <see cref="IPushBaseline{TRecord}"/>.</summary>
    /// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="services">The session's services.</param>
    /// <param name="module">The module.</param>
    /// <param name="fields">The fields ConnectWise represents.</param>
    /// <returns>The merge.</returns>
    public static PullMerge<TRemote, TRecord> Create<TRemote, TRecord>(ModuleServices services, string module, IReadOnlyList<MergeField<TRecord>> fields)
        where TRemote : class
        where TRecord : BssRecord
    {
        ArgumentNullException.ThrowIfNull(services);
        return new PullMerge<TRemote, TRecord>(
            module,
            fields,
            () => services.PushModule<TRecord>(module) as IPushBaseline<TRecord>,
            services.Context.Settings.FieldOwnership,
            services.Context.Records);
    }
}
