namespace ConnectWise.Simulator;

/// <summary>A thread-safe record of the requests the simulator answered, in arrival order.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];

    /// <summary>The number of requests logged.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The number of logged writes (POST, PUT, PATCH, DELETE), however they were answered.</summary>
    public int WriteCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count(entry => entry.IsWrite);
            }
        }
    }

    /// <summary>Forgets every logged request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>A copy of the log as it is now.</summary>
    /// <returns>The entries in arrival order.</returns>
    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <summary>Counts logged requests of a method whose path ends with the given resource path.</summary>
    /// <param name="method">The HTTP method, e.g. "POST".</param>
    /// <param name="pathSuffix">The end of the path, e.g. "company/companies".</param>
    /// <returns>The number of matching requests.</returns>
    public int CountOf(string method, string pathSuffix)
    {
        lock (_gate)
        {
            return _entries.Count(entry =>
                string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)
                && entry.Path.TrimEnd('/').EndsWith(pathSuffix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        }
    }

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
