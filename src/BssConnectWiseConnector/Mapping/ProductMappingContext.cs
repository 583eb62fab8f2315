namespace BssConnectWiseConnector.Mapping;

/// <summary>The ConnectWise ids a product's references resolve to, worked out before mapping.</summary>
/// <param name="TypeId">The product type from the product type lookup.</param>
/// <param name="CategoryId">The category: the subcategory's own, or the Product Category server variable.</param>
/// <param name="SubCategoryId">The subcategory from the unit type lookup, or the Product SubCategory server variable.</param>
/// <param name="UnitOfMeasureId">The unit of measure (the Product Unit of measure server variable), if set.</param>
internal sealed record ProductMappingContext(int? TypeId, int? CategoryId, int? SubCategoryId, int? UnitOfMeasureId);
