using System.Globalization;
using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS subscription to the ConnectWise agreement addition the connector sends. Pure: no I/O.</summary>
internal sealed class AdditionMapper
{
    /// <summary>The most characters ConnectWise keeps in an invoice description.</summary>
    public const int InvoiceDescriptionMaxLength = 6000;

    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="AdditionMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public AdditionMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps a subscription.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The addition to send, without custom fields (they are set by caption when ConnectWise has them).</returns>
    public Addition Map(Subscription subscription, SubscriptionMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<Addition>(subscription) with
        {
            Product = new Reference(context.CatalogItemId),
            BillCustomer = context.BillCustomer.ToString(),
            CancelledDate = ToConnectWise(context.CancelledOn),
            LessIncluded = context.LessIncluded,
            TaxableFlag = context.Taxable,
            InvoiceDescription = context.InvoiceDescription ?? NameOf(subscription),
        };
    }

    /// <summary>Tells whether a subscription no longer bills: cancelled, or given a cancelled date.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns><see langword="true"/> when it is cancelled.</returns>
    public static bool IsCancelled(Subscription subscription) =>
        subscription is not null && (subscription.Status == SubscriptionStatus.Cancelled || subscription.CancelledDate is not null);

    /// <summary>Gets the name the invoice shows: the subscription's name, or its id.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>The name.</returns>
    public static string NameOf(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var name = Text.Clean(subscription.Name) ?? string.Create(CultureInfo.InvariantCulture, $"Subscription {subscription.Id}");
        return name.Length > InvoiceDescriptionMaxLength ? name[..InvoiceDescriptionMaxLength] : name;
    }

    /// <summary>Gets the internal description: the name and the BSS id.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>The description.</returns>
    public static string DescriptionOf(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return NameOf(subscription) + Marker(subscription.Id);
    }

    /// <summary>Gets the text that ends the description of the addition of a subscription.</summary>
    /// <param name="subscriptionId">The BSS id.</param>
    /// <returns>The marker.</returns>
    public static string Marker(string subscriptionId) => " (BSS subscription " + subscriptionId + ")";

    /// <summary>Turns a BSS date into midnight UTC of that day, which ConnectWise shows as the same day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date-time, or <see langword="null"/>.</returns>
    public static DateTimeOffset? ToConnectWise(DateOnly? date) =>
        date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
