using System.Globalization;
using ConnectWise.Simulator.Conditions;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>The list parameters of a GET: filters, order, fields and paging.</summary>
internal sealed record ListQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;

    public ConditionNode? Conditions { get; init; }

    public ConditionNode? ChildConditions { get; init; }

    public ConditionNode? CustomFieldConditions { get; init; }

    public IReadOnlyList<OrderByTerm> OrderBy { get; init; } = [];

    public IReadOnlyList<string> Fields { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Forward-only paging: the request had header <c>pagination-type: forward-only</c>.</summary>
    public bool ForwardOnly { get; init; }

    /// <summary>Forward-only paging: the last id of the previous page (0 for the first page).</summary>
    public int PageId { get; init; }

    /// <summary>Reads the query string and headers; a malformed value gets ConnectWise's 400.</summary>
    public static ListQuery From(HttpRequest request) => From(name => request.Query[name], IsForwardOnly(request), ProfileOf(request));

    /// <summary>The item of <see cref="HttpContext.Items"/> that carries the simulator's profile to the query parser.</summary>
    public static readonly object ProfileItem = typeof(SimulatorProfile);

    private static SimulatorProfile ProfileOf(HttpRequest request) =>
        request.HttpContext.Items.TryGetValue(ProfileItem, out var profile) && profile is SimulatorProfile known ? known : SimulatorProfile.Normal;

    /// <summary>Whether the request asks for forward-only paging (header <c>pagination-type: forward-only</c>).</summary>
    public static bool IsForwardOnly(HttpRequest request) =>
        string.Equals(request.Headers["pagination-type"], "forward-only", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads list parameters by name from any source (a query string, a bundle request).</summary>
    public static ListQuery From(Func<string, string?> parameter, bool forwardOnly, SimulatorProfile profile = SimulatorProfile.Normal)
    {
        try
        {
            return new ListQuery
            {
                Conditions = ConditionParser.Parse(parameter("conditions"), profile),
                ChildConditions = ConditionParser.Parse(parameter("childConditions"), profile),
                CustomFieldConditions = ConditionParser.Parse(parameter("customFieldConditions"), profile),
                OrderBy = OrderByTerm.ParseList(parameter("orderBy")),
                Fields = (parameter("fields") ?? "")
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Page = Math.Max(1, Integer(parameter("page"), "page") ?? 1),
                PageSize = Math.Clamp(Integer(parameter("pageSize"), "pageSize") ?? DefaultPageSize, 1, MaxPageSize),
                ForwardOnly = forwardOnly,
                PageId = Math.Max(0, Integer(parameter("pageId"), "pageId") ?? 0),
            };
        }
        catch (ConditionSyntaxException exception)
        {
            throw ApiErrorException.BadRequest(
                exception.Message + " String values should be enclosed with double or single quotes; DateTime values "
                + "should be enclosed in square brackets; numbers should consist of only digits, and optionally a "
                + "decimal point and a negation sign; boolean values should be indicated with the keywords true or "
                + "false; null values should be indicated by the keyword null.");
        }
    }

    private static int? Integer(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiErrorException.BadRequest($"The value '{text}' is not valid for {name}.");
    }
}
