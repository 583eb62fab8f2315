namespace BssConnectWiseConnector.Http;

/// <summary>The parameters of a ConnectWise list request.</summary>
public sealed record ListQuery
{
    /// <summary>Gets the <c>conditions</c>.</summary>
    public Condition? Conditions { get; init; }

    /// <summary>Gets the <c>childConditions</c>.</summary>
    public Condition? ChildConditions { get; init; }

    /// <summary>Gets the <c>customFieldConditions</c>.</summary>
    public Condition? CustomFieldConditions { get; init; }

    /// <summary>Gets the <c>orderBy</c>, such as <c>id asc</c>; not allowed with forward-only paging.</summary>
    public string? OrderBy { get; init; }

    /// <summary>Gets the <c>fields</c> to return, such as <c>id,identifier</c>.</summary>
    public string? Fields { get; init; }

    /// <summary>Gets the page size. The default value is 1000, the largest ConnectWise serves.</summary>
    public int PageSize { get; init; } = ConnectWiseDefaults.MaxPageSize;

    /// <summary>Gets a value indicating whether to page forward-only (by id), the fast way to read everything.</summary>
    public bool ForwardOnly { get; init; }

    /// <summary>Gets the id after which a forward-only read starts.</summary>
    public int? StartAfterId { get; init; }

    /// <summary>
    /// Gets a value indicating whether the next page is requested while the caller works on the current one (still
    /// one request at a time), for callers that read to the end; one that stops early pays the one page requested ahead.
    /// </summary>
    public bool Prefetch { get; init; }

    /// <summary>Builds the query string for one page.</summary>
    /// <param name="page">The page number for navigable paging.</param>
    /// <param name="pageId">The page id for forward-only paging.</param>
    /// <returns>The query string without the leading '?', URL-encoded.</returns>
    public string ToQueryString(int? page, int? pageId)
    {
        if (PageSize is < 1 or > ConnectWiseDefaults.MaxPageSize)
        {
            throw new InvalidOperationException($"A page holds 1 to {ConnectWiseDefaults.MaxPageSize} records, not {PageSize}.");
        }

        if (ForwardOnly && OrderBy is not null)
        {
            throw new InvalidOperationException("Forward-only paging is ordered by id; orderBy cannot be used with it.");
        }

        var parts = new List<string>(8);
        Add(parts, "conditions", Conditions?.Text);
        Add(parts, "childConditions", ChildConditions?.Text);
        Add(parts, "customFieldConditions", CustomFieldConditions?.Text);
        Add(parts, "orderBy", OrderBy);
        Add(parts, "fields", Fields);
        Add(parts, "pageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ForwardOnly)
        {
            Add(parts, "pageId", pageId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Add(parts, "page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
