using System.Globalization;
using System.Runtime.CompilerServices;
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
internal sealed class ContactsPullModule : IPullModule<BssContact>
{
    private readonly IResourceClient<CwContact> _contacts;
    private readonly IMapper _mapper;
    private readonly SyncModuleContext _context;

    /// <summary>Initializes a new instance of the <see cref="ContactsPullModule"/> class.</summary>
    /// <param name="contacts">The contacts client.</param>
    /// <param name="mapper">The configured mapper.</param>
    /// <param name="context">The session's shared context.</param>
    public ContactsPullModule(IResourceClient<CwContact> contacts, IMapper mapper, SyncModuleContext context)
    {
        _contacts = contacts;
        _mapper = mapper;
        _context = context;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<BssContact>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_contacts, request, c => c.Id, _context.Time, cancellationToken).ConfigureAwait(false))
        {
            var records = new List<PulledRecord<BssContact>>(items.Count);
            foreach (var contact in items)
            {
                records.Add(await MapAsync(contact, cancellationToken).ConfigureAwait(false));
            }

            yield return new PullBatch<BssContact>(records, checkpoint);
        }
    }

    /// <inheritdoc />
    public async Task<PulledRecord<BssContact>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new ArgumentException($"'{remoteId}' is not a ConnectWise contact id.", nameof(remoteId));
        }

        var contact = await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return contact is null ? null : await MapAsync(contact, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PulledRecord<BssContact>> MapAsync(CwContact contact, CancellationToken cancellationToken)
    {
        var bssId = await LinkIndex.BssIdAsync(_context.Links, BssModules.Contacts, contact.Id, cancellationToken).ConfigureAwait(false);
        var accountId = await LinkIndex.BssIdAsync(_context.Links, BssModules.Accounts, contact.Company?.Id, cancellationToken).ConfigureAwait(false);
        var record = _mapper.Map<BssContact>(contact) with { Id = bssId ?? string.Empty, AccountId = accountId ?? string.Empty };
        return new PulledRecord<BssContact>(record, contact.Id!.Value.ToString(CultureInfo.InvariantCulture), contact.InactiveFlag == true);
    }
}
