using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS payment to the ConnectWise invoice payment the connector sends. Pure: no I/O.</summary>
internal sealed class InvoicePaymentMapper
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="InvoicePaymentMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public InvoicePaymentMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps a payment.</summary>
    /// <param name="payment">The payment.</param>
    /// <param name="context">The resolved invoice and type.</param>
    /// <returns>The invoice payment to send.</returns>
    public InvoicePayment Map(Payment payment, PaymentMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<InvoicePayment>(payment) with
        {
            Invoice = new Reference(context.InvoiceId),
            Type = context.Type,
        };
    }
}
