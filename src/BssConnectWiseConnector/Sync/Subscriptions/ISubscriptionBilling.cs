using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>What a subscription's addition bills (its billing rules, the seats before and after a write, the result's
/// billing impact): the push needs the answers, <see cref="SubscriptionBilling"/> computes them.</summary>
internal interface ISubscriptionBilling
{
    /// <summary>Resolves what the subscription's addition bills: the subscription's rules, else its BSS product's, else the Product Billable Option.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <param name="context">The mapping context without its billing rules.</param>
    /// <param name="cancellationToken">Cancels the read of the product.</param>
    /// <returns>The mapping context with the rules; else <see langword="null"/> and why (each problem naming the field, the value and the fix).</returns>
    Task<(SubscriptionMappingContext? Context, IReadOnlyList<string> Problems)> WithRulesAsync(Subscription subscription, SubscriptionMappingContext context, CancellationToken cancellationToken);

    /// <summary>Gets what an addition bills as ConnectWise holds it: nothing when cancelled.</summary>
    /// <param name="addition">The addition as ConnectWise holds it, if any.</param>
    /// <returns>The seats, or <see langword="null"/> when it bills nothing.</returns>
    Seats? Billed(Addition? addition);

    /// <summary>Gets what a plan wants billed: zero seats when cancelled.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The seats.</returns>
    Seats Wanted(SubscriptionPlan plan);

    /// <summary>Gets what the link says was last pushed: nothing when it was pushed cancelled.</summary>
    /// <param name="state">The link state.</param>
    /// <returns>The seats, or <see langword="null"/>.</returns>
    Seats? LastPushed(SubscriptionLinkState? state);

    /// <summary>Adds the impact of a write to its result, when the result is a write (created or updated).</summary>
    /// <param name="result">The result.</param>
    /// <param name="plan">The subscription's plan.</param>
    /// <param name="before">What ConnectWise bills now for it, or <see langword="null"/> when nothing.</param>
    /// <param name="after">What it bills after the write.</param>
    /// <param name="agreementId">The agreement, or <see langword="null"/> when the run creates it.</param>
    /// <param name="readFrom">What the numbers before were read from, as "addition #12", and what it billed.</param>
    /// <returns>The result with its impact.</returns>
    PushResult With(PushResult result, SubscriptionPlan plan, Seats? before, Seats after, int? agreementId, (string What, Seats? Seats) readFrom);

    /// <summary>Adds the impact of cancelling a subscription's addition (a subscription deleted in the BSS) to its result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="subscription">The subscription.</param>
    /// <param name="state">What its link remembers.</param>
    /// <param name="on">The cancelled date.</param>
    /// <returns>The result with its impact.</returns>
    PushResult Cancelled(PushResult result, Subscription subscription, SubscriptionLinkState state, DateOnly on);

    /// <summary>Adds the impact of a subscription whose account or product a real run pushes first (a dry run cannot read its agreement yet).</summary>
    /// <param name="result">The result.</param>
    /// <param name="subscription">The subscription.</param>
    /// <param name="today">The day of the change.</param>
    /// <returns>The result with its impact, counted as new seats.</returns>
    PushResult Pending(PushResult result, Subscription subscription, DateOnly today);
}
