using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS product to the ConnectWise catalog item the connector sends. Pure: no I/O.</summary>
internal sealed class CatalogItemMapper
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="CatalogItemMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public CatalogItemMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps a product.</summary>
    /// <param name="product">The product.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The catalog item to send.</returns>
    public CatalogItem Map(Product product, ProductMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<CatalogItem>(product) with
        {
            Type = context.TypeId is { } type ? new Reference(type) : null,
            Category = context.CategoryId is { } category ? new Reference(category) : null,
            Subcategory = context.SubCategoryId is { } subCategory ? new Reference(subCategory) : null,
            UnitOfMeasure = context.UnitOfMeasureId is { } unit ? new Reference(unit) : null,
        };
    }
}
