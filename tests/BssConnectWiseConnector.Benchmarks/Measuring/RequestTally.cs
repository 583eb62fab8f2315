using System.Globalization;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>Requests the simulator answered, by kind: each write method, and GETs split into list, count, by id and other.</summary>
internal sealed class RequestTally
{
    private readonly SortedDictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    /// <summary>Gets the requests answered 429 (counted in their kind too).</summary>
    public int TooMany { get; private set; }

    public IReadOnlyDictionary<string, int> ByKind => _byKind;

    public int Writes => Of("POST") + Of("PATCH") + Of("PUT") + Of("DELETE");

    public int Of(string kind) => _byKind.GetValueOrDefault(kind);

    public static RequestTally From(IEnumerable<RequestLogEntry> entries)
    {
        var tally = new RequestTally();
        foreach (var entry in entries)
        {
            tally.Add(KindOf(entry.Method, entry.Path), entry.Status == 429);
        }

        return tally;
    }

    public static RequestTally Sum(params RequestTally[] tallies)
    {
        var sum = new RequestTally();
        foreach (var tally in tallies)
        {
            foreach (var (kind, count) in tally._byKind)
            {
                sum._byKind[kind] = sum.Of(kind) + count;
            }

            sum.Total += tally.Total;
            sum.TooMany += tally.TooMany;
        }

        return sum;
    }

    /// <summary>Reads the one-line form <see cref="ToString"/> writes (for a simulator in another process).</summary>
    public static RequestTally Parse(string line)
    {
        var tally = new RequestTally();
        foreach (var part in line.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (kind, count) = (part[..part.LastIndexOf('=')], int.Parse(part[(part.LastIndexOf('=') + 1)..], CultureInfo.InvariantCulture));
            if (kind == "429")
            {
                tally.TooMany = count;
                continue;
            }

            tally._byKind[kind] = count;
            tally.Total += count;
        }

        return tally;
    }

    public static string KindOf(string method, string path)
    {
        if (method != "GET")
        {
            return method;
        }

        var last = path.TrimEnd('/').Split('/')[^1];
        return path.Contains("/apis/3.0/", StringComparison.Ordinal)
            ? last == "count" ? "GET count" : int.TryParse(last, out _) ? "GET id" : "GET list"
            : "GET other";
    }

    public void Add(string kind, bool tooMany)
    {
        _byKind[kind] = Of(kind) + 1;
        Total++;
        TooMany += tooMany ? 1 : 0;
    }

    /// <summary>Writes the tally as <c>kind=n;…;429=n</c>.</summary>
    public override string ToString() =>
        string.Join(';', _byKind.Select(k => $"{k.Key}={k.Value}").Append($"429={TooMany}"));

    /// <summary>Describes the tally for people: <c>POST 10000, GET list 1, GET count 1</c>.</summary>
    public string Describe() =>
        Total == 0 ? "none" : string.Join(", ", _byKind.Where(k => k.Value > 0).Select(k => $"{k.Key} {k.Value}"))
            + (TooMany > 0 ? $" (of which 429: {TooMany})" : string.Empty);
}
