using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>
/// What the push of an account reads besides the companies, taken by <see cref="AccountsModule"/> from the session's
/// module context: only these, so that a reader of the push reads these contracts and not the whole context.
/// </summary>
internal sealed record AccountPushServices
{
    /// <summary>Gets the company statuses, countries and type associations, and the API version.</summary>
    public required ICompanyResources Client { get; init; }

    /// <summary>Gets the setup tables, each read at most once per run.</summary>
    public required ISetupTables Tables { get; init; }

    /// <summary>Gets the lookup tables (account types, currencies).</summary>
    public required ILookupTables Lookups { get; init; }

    /// <summary>Gets the instance's mapper.</summary>
    public required IMapper Mapper { get; init; }

    /// <summary>Gets the company status a created company gets (the <c>ImportAccountStatusId</c> setting).</summary>
    public required int ImportAccountStatusId { get; init; }

    /// <summary>Gets the parents' and primary contacts' links, read once per batch.</summary>
    public required IReferencedLinks ReferencedLinks { get; init; }

    /// <summary>Gets the BSS records, to find a cycle of parents.</summary>
    public required IBssRecordSource Records { get; init; }

    /// <summary>Gets the lookup of companies by identifier, for a whole batch in as few requests as possible (the engine's).</summary>
    public required Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<Company>>> FindByIdentifiers { get; init; }

    /// <summary>Gets the resolver of a parent account, which pushes a missing one first.</summary>
    public required IDependencyResolver<Account> Parents { get; init; }
}
