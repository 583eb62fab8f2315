using System.Text;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Builds ConnectWise's RFC 8288 <c>Link</c> headers, keeping the request's other query parameters as the client sent
/// them: commas stay unencoded (<c>fields=id,name</c>, <c>in (1,2)</c>), which RFC 8288 allows inside <c>&lt;…&gt;</c>
/// and which ConnectWise's own query repeats (PowerShell ConnectWiseManageAPI's Invoke-CWMAllResult follows the Link
/// URL as it is). In the strict profile a forward-only page carries no next link at all (unverified how reliably
/// ConnectWise sends one), so a client must continue after the last id of a full page.
/// </summary>
internal sealed class PageLinks(string apiBaseUrl, RouteMatch match, IQueryCollection query, int pageSize)
{
    private readonly string _path = match.Resource.Route.Replace("{parentId}", match.ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Forward-only: the link to the page after the given id.</summary>
    public string Next(int lastId) => $"<{Url(("pageId", lastId))}>; rel=\"next\"";

    /// <summary>Navigable: first/prev when not on the first page, next/last when not on the last.</summary>
    public string Navigable(int page, int total)
    {
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        var links = new List<string>();
        if (page > 1)
        {
            links.Add($"<{Url(("page", 1))}>; rel=\"first\"");
            links.Add($"<{Url(("page", Math.Min(page - 1, lastPage)))}>; rel=\"prev\"");
        }

        if (page < lastPage)
        {
            links.Add($"<{Url(("page", page + 1))}>; rel=\"next\"");
            links.Add($"<{Url(("page", lastPage))}>; rel=\"last\"");
        }

        return string.Join(", ", links);
    }

    /// <summary>The strict profile drops the next link of forward-only pages; other answers are left as they are.</summary>
    public static ApiResult ForProfile(ApiResult result, bool forwardOnly, SimulatorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (forwardOnly && profile == SimulatorProfile.Strict)
        {
            result.Headers.Remove("Link");
        }

        return result;
    }

    private static string Escape(string value) => Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.Ordinal);

    private string Url((string Name, int Value) position)
    {
        var url = new StringBuilder(apiBaseUrl).Append(_path).Append('?');
        foreach (var (name, values) in query)
        {
            if (name.Equals("page", StringComparison.OrdinalIgnoreCase) || name.Equals("pageId", StringComparison.OrdinalIgnoreCase)
                || name.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                url.Append(Uri.EscapeDataString(name)).Append('=').Append(Escape(value ?? "")).Append('&');
            }
        }

        return url.Append("pageSize=").Append(pageSize).Append('&').Append(position.Name).Append('=').Append(position.Value).ToString();
    }
}
