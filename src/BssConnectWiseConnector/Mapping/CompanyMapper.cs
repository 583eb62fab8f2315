using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS account to the ConnectWise company the connector sends. Pure: no I/O.</summary>
internal sealed class CompanyMapper
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="CompanyMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public CompanyMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps an account.</summary>
    /// <param name="account">The account.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The company to send.</returns>
    public Company Map(Account account, AccountMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<Company>(account) with
        {
            Status = new Reference(context.StatusId),
            Types = context.TypeId is { } type ? [new Reference(type)] : null,
            Currency = context.CurrencyId is { } currency ? new Reference(currency) : null,
            ParentCompany = context.ParentCompanyId is { } parent ? new Reference(parent) : null,
            DefaultContact = context.DefaultContactId is { } contact ? new Reference(contact) : null,
        };
    }
}
