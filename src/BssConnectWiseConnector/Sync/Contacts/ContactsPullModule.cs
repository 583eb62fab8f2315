using System.Globalization;
using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>
/// Pulls ConnectWise contacts as BSS contacts of the accounts their companies are linked to (pull accounts first);
/// inactive contacts are reported as deleted.
/// </summary>
internal sealed class ContactsPullModule : IncrementalPullModule<CwContact, BssContact>
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="ContactsPullModule"/> class.</summary>
    /// <param name="contacts">The contacts client.</param>
    /// <param name="mapper">The configured mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public ContactsPullModule(IResourceClient<CwContact> contacts, IMapper mapper, ModuleContext context)
        : base(contacts, context)
    {
        _mapper = mapper;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Contacts;

    /// <inheritdoc />
    protected override int? IdOf(CwContact remote) => remote?.Id;

    /// <inheritdoc />
    protected override async Task<PulledRecord<BssContact>> MapAsync(CwContact remote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var bssId = await LinkIndex.BssIdAsync(Context.Links, BssModules.Contacts, remote.Id, cancellationToken).ConfigureAwait(false);
        var accountId = await LinkIndex.BssIdAsync(Context.Links, BssModules.Accounts, remote.Company?.Id, cancellationToken).ConfigureAwait(false);
        var record = _mapper.Map<BssContact>(remote) with { Id = bssId ?? string.Empty, AccountId = accountId ?? string.Empty };
        return new PulledRecord<BssContact>(record, remote.Id!.Value.ToString(CultureInfo.InvariantCulture), remote.InactiveFlag == true);
    }
}
