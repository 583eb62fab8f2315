using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>Creates a module's <see cref="PullMerge{TRemote, TRecord}"/> from the session's module context.</summary>
internal static class PullMergeFactory
{
    /// <summary>Creates the merge of a module, with the baseline of its push (built from the push's own members).</summary>
    /// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <typeparam name="TPush">The module's push module type.</typeparam>
    /// <param name="context">The session's module context.</param>
    /// <param name="module">The module.</param>
    /// <param name="fields">The fields ConnectWise represents.</param>
    /// <param name="baselineOf">Builds the baseline from the module's push (asked for when first needed).</param>
    /// <returns>The merge.</returns>
    public static PullMerge<TRemote, TRecord> Create<TRemote, TRecord, TPush>(ModuleContext context, string module, IReadOnlyList<MergeField<TRecord>> fields, Func<TPush, PushBaseline<TRecord>> baselineOf)
        where TRemote : class
        where TRecord : BssRecord
        where TPush : class
    {
        ArgumentNullException.ThrowIfNull(baselineOf);
        ArgumentNullException.ThrowIfNull(context);
        return new PullMerge<TRemote, TRecord>(
            module,
            fields,
            () => context.Modules.GetPushModule<TRecord>(module) is TPush push ? baselineOf(push) : null,
            context.Settings.FieldOwnership,
            context.Records);
    }
}
