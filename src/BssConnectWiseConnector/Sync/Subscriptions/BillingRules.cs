using System.Globalization;
using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The billing rules of a subscription's addition: the subscription's own value where it sets one, else its product's,
/// else today's behaviour (the Product Billable Option; no included seats; taxable left to ConnectWise; the name as
/// invoice description; the price from the BSS). Pure: no I/O.
/// </summary>
/// <param name="BillCustomer">Billable, DoNotBill or NoCharge.</param>
/// <param name="LessIncluded">The seats included in the base price, if any.</param>
/// <param name="Taxable">Whether the seats are taxable, when the BSS says.</param>
/// <param name="InvoiceDescription">The invoice description.</param>
internal sealed record BillingRules(BillableOption BillCustomer, decimal? LessIncluded, bool? Taxable, string InvoiceDescription)
{
    private static readonly string[] Placeholders = ["{name}", "{product}", "{seats}"];

    /// <summary>Gets who sets the price and cost per seat: the BSS unless the subscription or its product says ConnectWise.</summary>
    public PriceSource PriceFrom { get; init; }

    /// <summary>Resolves a subscription's rules.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <param name="product">Its product as the BSS has it, if found.</param>
    /// <param name="defaultBillCustomer">The Product Billable Option.</param>
    /// <returns>The rules, or the problems (each naming the field, the value and the fix).</returns>
    public static (BillingRules? Rules, IReadOnlyList<string> Problems) Resolve(Subscription subscription, Product? product, BillableOption defaultBillCustomer)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var problems = new List<string>();
        var bill = Choice("billCustomer", subscription.BillCustomer, product?.BillCustomer, product, defaultBillCustomer, "Billable, DoNotBill or NoCharge", problems);
        var priceFrom = Choice("priceFrom", subscription.PriceFrom, product?.PriceFrom, product, PriceSource.Bss, "Bss or ConnectWise", problems);
        var included = subscription.LessIncluded ?? product?.LessIncluded;
        if (included < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"lessIncluded is {included}; the seats included in the base price cannot be negative."));
        }

        var template = Clean(subscription.InvoiceDescriptionTemplate) ?? Clean(product?.InvoiceDescriptionTemplate);
        var unknown = template is null ? null : UnknownPlaceholder(template);
        if (unknown is not null)
        {
            problems.Add($"The invoice description template '{template}' has the placeholder {unknown}; use {{name}}, {{product}} or {{seats}}.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var description = template is null ? AdditionMapper.NameOf(subscription) : Fill(template, subscription, product);
        return (new BillingRules(bill, included, subscription.Taxable, description) { PriceFrom = priceFrom }, problems);
    }

    // A rule named by one of the enum's values (any case): the subscription's, else the product's, else the default.
    private static TEnum Choice<TEnum>(string rule, string? own, string? products, Product? product, TEnum fallback, string allowed, List<string> problems)
        where TEnum : struct, Enum
    {
        var text = Clean(own) ?? Clean(products);
        if (text is null)
        {
            return fallback;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            return parsed;
        }

        problems.Add($"{rule} '{text}' ({(Clean(own) is null ? $"product {product?.Id}" : "subscription")}) is not {allowed}.");
        return fallback;
    }

    private static string Fill(string template, Subscription subscription, Product? product)
    {
        var text = new StringBuilder(template)
            .Replace("{name}", AdditionMapper.NameOf(subscription))
            .Replace("{product}", product?.Name ?? subscription.ProductId)
            .Replace("{seats}", (subscription.Quantity / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture))
            .ToString();
        return text.Length > AdditionMapper.InvoiceDescriptionMaxLength ? text[..AdditionMapper.InvoiceDescriptionMaxLength] : text;
    }

    private static string? UnknownPlaceholder(string template)
    {
        var at = 0;
        while ((at = template.IndexOf('{', at)) >= 0)
        {
            var end = template.IndexOf('}', at);
            var token = end < 0 ? template[at..] : template[at..(end + 1)];
            if (!Placeholders.Contains(token, StringComparer.Ordinal))
            {
                return token;
            }

            at = end < 0 ? template.Length : end + 1;
        }

        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
