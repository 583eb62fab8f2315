using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Subscriptions;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// What is particular to a push whose remote write is an agreement addition (the seats of a subscription): how a
/// record becomes an addition on a customer's agreement (its plan: the payload, its fingerprint, the agreement key),
/// what the additions bill, and which drift a push leaves as ConnectWise holds it. The engine,
/// <see cref="Pipeline.AgreementAdditionPush"/>, composed with the definition by the module's registration, does the
/// write: links read once per batch, the agreements found or created, the additions placed per agreement (adopted
/// before created), linked ones read and patched, dates outside invoiced periods, drift reported, one result per item.
/// A definition never sees it.
/// </summary>
internal interface IAgreementAdditionDefinition
{
    /// <summary>Gets the module's name.</summary>
    string Module { get; }

    /// <summary>Gets what the additions bill, and the billing impact of each write.</summary>
    ISubscriptionBilling Billing { get; }

    /// <summary>Gets the drift policy: whether a hand edit in ConnectWise is overwritten, only reported, or ConnectWise's.</summary>
    SubscriptionDriftPolicy DriftPolicy { get; }

    /// <summary>Gets the drifted fields a push leaves as ConnectWise holds them (all under ReportOnly, ConnectWise's own under ConnectWiseWins).</summary>
    IReadOnlySet<string> LeftInConnectWise { get; }

    /// <summary>Plans one record before any request: its agreement, its addition and the fingerprint; an unchanged record stops here.</summary>
    /// <param name="index">Its place in the batch.</param>
    /// <param name="item">The record and its operation.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan, or the result when there is nothing to send.</returns>
    Task<(SubscriptionPlan? Plan, PushResult? Result)> PlanAsync(int index, PushItem<Subscription> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken);
}
