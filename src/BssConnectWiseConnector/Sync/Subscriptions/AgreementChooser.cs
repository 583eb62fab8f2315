using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Ensures a customer's agreement of a type: adopts the one open agreement, creates it when there is none, and reports
/// a Conflict naming the candidates when there are several (the seats would otherwise land on a guess).
/// </summary>
internal sealed class AgreementChooser
{
    private readonly ModuleContext _services;
    private readonly AgreementFactory _factory;
    private readonly AgreementFinder _finder;

    /// <summary>Initializes a new instance of the <see cref="AgreementChooser"/> class.</summary>
    /// <param name="services">The session's services.</param>
    /// <param name="finder">Finds open agreements.</param>
    /// <param name="defaultContacts">The companies' default contacts, read per batch.</param>
    public AgreementChooser(ModuleContext services, AgreementFinder finder, DefaultContacts defaultContacts)
    {
        _services = services;
        _factory = new AgreementFactory(services, defaultContacts);
        _finder = finder;
    }

    /// <summary>Chooses (or creates) the agreement of a group.</summary>
    /// <param name="key">The company and type.</param>
    /// <param name="found">The group's open agreements.</param>
    /// <param name="plans">The subscriptions that go on it.</param>
    /// <param name="options">The push options (a dry run creates nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The choice.</returns>
    public async Task<AgreementChoice> ChooseAsync(AgreementKey key, IReadOnlyList<Agreement> found, IReadOnlyList<SubscriptionPlan> plans, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(options);
        if (found.Count > 1)
        {
            var names = string.Join(", ", found.Select(a => string.Create(CultureInfo.InvariantCulture, $"#{a.Id} '{a.Name}'")));
            return new AgreementChoice(null, false, FailureKind.Conflict, string.Create(CultureInfo.InvariantCulture,
                $"Company #{key.CompanyId} has {found.Count} open agreements of agreement type #{key.TypeId} ({names}), so the seats could go on either; cancel the extra agreement or change its type in ConnectWise."));
        }

        if (found.Count == 1)
        {
            return new AgreementChoice(found[0].Id, false, null, null);
        }

        var (agreement, kind, reason) = await _factory.BuildAsync(key, plans, cancellationToken).ConfigureAwait(false);
        if (agreement is null)
        {
            return new AgreementChoice(null, false, kind, reason);
        }

        if (options.DryRun)
        {
            return new AgreementChoice(null, true, null, $"A real run creates the agreement '{agreement.Name}' first.");
        }

        Agreement created;
        try
        {
            created = await _services.Client.Agreements.CreateAsync(agreement, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (UncertainWrite.MayHaveCommitted(e))
        {
            // The answer was lost, not necessarily the agreement: look before anyone creates a second one.
            var again = (await _finder.FindAsync([key], cancellationToken).ConfigureAwait(false))[key];
            if (again.Count != 1)
            {
                throw;
            }

            created = again[0];
        }

        return created.Id is { } id
            ? new AgreementChoice(id, true, null, string.Create(CultureInfo.InvariantCulture, $"Created the agreement #{id} '{created.Name ?? agreement.Name}'."))
            : new AgreementChoice(null, false, FailureKind.Transient, "ConnectWise created the agreement but answered without its id; the next run finds it.");
    }
}
