using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>What mapping one BSS record gave: the payload to send and its natural key, or why it cannot be sent.</summary>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
internal sealed record MappedRecord<TRemote>
    where TRemote : class
{
    /// <summary>Gets the payload, when the record can be sent.</summary>
    public TRemote? Payload { get; init; }

    /// <summary>Gets the natural key ConnectWise knows the record by (company identifier, catalog identifier, …).</summary>
    public string? NaturalKey { get; init; }

    /// <summary>Gets the failure kind, when the record cannot be sent.</summary>
    public FailureKind? FailureKind { get; init; }

    /// <summary>Gets why the record cannot be sent, with the fix.</summary>
    public string? Reason { get; init; }

    /// <summary>A record ready to send.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="naturalKey">The natural key.</param>
    /// <returns>The mapped record.</returns>
    public static MappedRecord<TRemote> Ready(TRemote payload, string naturalKey) => new() { Payload = payload, NaturalKey = naturalKey };

    /// <summary>A record that cannot be sent.</summary>
    /// <param name="kind">Why.</param>
    /// <param name="reason">The reason, with the fix.</param>
    /// <returns>The mapped record.</returns>
    public static MappedRecord<TRemote> Failed(FailureKind kind, string reason) => new() { FailureKind = kind, Reason = reason };

    /// <summary>A record with data and configuration problems; data problems make it a Data failure.</summary>
    /// <param name="dataProblems">Problems with the record.</param>
    /// <param name="configurationProblems">Problems with settings or lookups.</param>
    /// <returns>The failed record, or <see langword="null"/> when there is no problem.</returns>
    public static MappedRecord<TRemote>? FromProblems(IReadOnlyList<string> dataProblems, IReadOnlyList<string> configurationProblems)
    {
        if (dataProblems.Count == 0 && configurationProblems.Count == 0)
        {
            return null;
        }

        var kind = dataProblems.Count > 0 ? Bss.IntegrationFramework.FailureKind.Data : Bss.IntegrationFramework.FailureKind.Configuration;
        return Failed(kind, string.Join(" ", dataProblems.Concat(configurationProblems)));
    }
}
