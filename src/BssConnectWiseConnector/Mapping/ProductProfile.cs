using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// Maps the plain fields of a BSS product onto a ConnectWise catalog item; references and lookups are set by
/// <see cref="CatalogItemMapper"/>. A catalog item is mapped back by <see cref="ProductFromCatalogItemMapper"/>.
/// </summary>
internal sealed class ProductProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="ProductProfile"/> class.</summary>
    public ProductProfile()
    {
        CreateMap<Product, CatalogItem>(MemberList.None)
            .ForMember(c => c.Id, o => o.Ignore())
            .ForMember(c => c.Identifier, o => o.MapFrom((p, _) => Text.Clean(p.Code) ?? Text.Clean(p.Id)))
            .ForMember(c => c.Description, o => o.MapFrom((p, _) => Text.Clean(p.Name)))

            // ConnectWise requires a customer description; the name is what a customer would see without one.
            .ForMember(c => c.CustomerDescription, o => o.MapFrom((p, _) => Text.Clean(p.Description) ?? Text.Clean(p.Name)))
            .ForMember(c => c.Price, o => o.MapFrom((p, _) => p.Price))
            .ForMember(c => c.Cost, o => o.MapFrom((p, _) => p.Cost))
            .ForMember(c => c.TaxableFlag, o => o.MapFrom((p, _) => p.Taxable))
            .ForMember(c => c.InactiveFlag, o => o.MapFrom((p, _) => !p.Active))

            // Always sent, so that a product that stops being recurring is patched back to false.
            .ForMember(c => c.RecurringFlag, o => o.MapFrom((p, _) => IsRecurring(p)))
            .ForMember(c => c.RecurringRevenue, o => o.MapFrom((p, _) => IsRecurring(p) ? p.Price : null))
            .ForMember(c => c.RecurringCost, o => o.MapFrom((p, _) => IsRecurring(p) ? p.Cost : null))
            .ForMember(c => c.RecurringBillCycle, o => o.Ignore())
            .ForMember(c => c.Type, o => o.Ignore())
            .ForMember(c => c.Category, o => o.Ignore())
            .ForMember(c => c.Subcategory, o => o.Ignore())
            .ForMember(c => c.UnitOfMeasure, o => o.Ignore())
            .ForMember(c => c.ProductClass, o => o.Ignore())
            .ForMember(c => c.BillableOption, o => o.Ignore())
            .ForMember(c => c.IntegrationXRef, o => o.Ignore())
            .ForMember(c => c.Info, o => o.Ignore());
    }

    private static bool IsRecurring(Product product) => !string.IsNullOrWhiteSpace(product.BillingCycle);
}
