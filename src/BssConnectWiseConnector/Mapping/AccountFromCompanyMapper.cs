using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a ConnectWise company to a BSS account for pulls. Pure: no I/O.</summary>
internal sealed class AccountFromCompanyMapper
{
    private readonly IMapper _mapper;
    private readonly ILookupTables _lookups;

    /// <summary>Initializes a new instance of the <see cref="AccountFromCompanyMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    /// <param name="lookups">The lookup tables, read backwards.</param>
    public AccountFromCompanyMapper(IMapper mapper, ILookupTables lookups)
    {
        _mapper = mapper;
        _lookups = lookups;
    }

    /// <summary>Maps a company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="bssId">The linked BSS id, or empty for a company the BSS does not have.</param>
    /// <param name="parentAccountId">The parent company's linked BSS id, if any.</param>
    /// <param name="primaryContactId">The default contact's linked BSS id, if any.</param>
    /// <returns>The account.</returns>
    public Account Map(Company company, string bssId, string? parentAccountId, string? primaryContactId)
    {
        ArgumentNullException.ThrowIfNull(company);
        var type = company.Types is { Count: > 0 } types ? types[0] : null;
        return _mapper.Map<Account>(company) with
        {
            Id = bssId,
            // The first type only: a BSS account has one type. Unmapped ids fall back to ConnectWise's name.
            Type = _lookups.Reverse(LookupNames.AccountType, type?.Id) ?? type?.Name,
            Currency = _lookups.Reverse(LookupNames.Currency, company.Currency?.Id) ?? company.Currency?.Name,
            ParentAccountId = parentAccountId,
            PrimaryContactId = primaryContactId,
        };
    }
}
