using System.Globalization;
using ConnectWise.Simulator.Resources;

namespace ConnectWise.Simulator.Api;

/// <summary>Matches the path under <c>apis/3.0/</c> against the resource table.</summary>
internal static class RouteMatcher
{
    /// <summary>The resource the path names, or null when it names none.</summary>
    /// <param name="path">E.g. "finance/agreements/7/additions/3" or "company/companies/count".</param>
    public static RouteMatch? Match(string path)
    {
        var segments = path.Trim('/').Split('/');
        foreach (var resource in ResourceCatalog.All)
        {
            if (TryMatch(resource, segments, out var match))
            {
                return match;
            }
        }

        return null;
    }

    private static bool TryMatch(ResourceDefinition resource, string[] segments, out RouteMatch? match)
    {
        match = null;
        var template = resource.Segments;
        if (segments.Length < template.Count || segments.Length > template.Count + 1)
        {
            return false;
        }

        int? parentId = null;
        for (var i = 0; i < template.Count; i++)
        {
            if (template[i] == "{parentId}")
            {
                if (!TryParseId(segments[i], out var parsed))
                {
                    return false;
                }

                parentId = parsed;
            }
            else if (!string.Equals(template[i], segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (segments.Length == template.Count)
        {
            match = new RouteMatch(resource, parentId, null, false);
            return true;
        }

        var last = segments[^1];
        if (string.Equals(last, "count", StringComparison.OrdinalIgnoreCase))
        {
            match = new RouteMatch(resource, parentId, null, true);
            return true;
        }

        if (TryParseId(last, out var id))
        {
            match = new RouteMatch(resource, parentId, id, false);
            return true;
        }

        return false;
    }

    private static bool TryParseId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
