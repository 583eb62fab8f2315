using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// The state of one conformance run: its id and prefix, the test records it made (deleted at the end, newest
/// first), the ids later checks build on, and the rows and suggestions so far.
/// </summary>
internal sealed class ConformanceContext
{
    /// <summary>The prefix of every test record's identifier or name.</summary>
    public const string Prefix = "BSSCONF";

    private readonly List<CreatedRecord> _created = [];

    /// <summary>Initializes a new instance of the <see cref="ConformanceContext"/> class.</summary>
    /// <param name="http">Sends the requests.</param>
    /// <param name="settings">The instance's settings.</param>
    /// <param name="runId">The run's id.</param>
    public ConformanceContext(ConformanceHttp http, ConnectWiseSettings settings, string runId)
    {
        Http = http;
        Settings = settings;
        RunId = runId;
    }

    /// <summary>Gets the HTTP side.</summary>
    public ConformanceHttp Http { get; }

    /// <summary>Gets the instance's settings.</summary>
    public ConnectWiseSettings Settings { get; }

    /// <summary>Gets the run's id.</summary>
    public string RunId { get; }

    /// <summary>Gets the identifier stem of this run's records, e.g. <c>BSSCONF261202124501</c>.</summary>
    public string Stem => Prefix + RunId;

    /// <summary>Gets the rows so far.</summary>
    public List<ConformanceRow> Rows { get; } = [];

    /// <summary>Gets the suggestions so far.</summary>
    public List<ConformanceSuggestion> Suggestions { get; } = [];

    /// <summary>Gets the records created so far, oldest first.</summary>
    public IReadOnlyList<CreatedRecord> Created => _created;

    /// <summary>Gets or sets the test company.</summary>
    public int? CompanyId { get; set; }

    /// <summary>Gets or sets the test contact.</summary>
    public int? ContactId { get; set; }

    /// <summary>Gets or sets the test catalog item.</summary>
    public int? CatalogItemId { get; set; }

    /// <summary>Gets or sets the test agreement.</summary>
    public int? AgreementId { get; set; }

    /// <summary>Gets or sets the test invoice.</summary>
    public int? InvoiceId { get; set; }

    /// <summary>Records a held assumption.</summary>
    /// <param name="assumption">The assumption.</param>
    /// <param name="detail">What the site answered.</param>
    public void Held(string assumption, string detail) => Rows.Add(new ConformanceRow(assumption, ConformanceOutcome.Held, detail));

    /// <summary>Records an assumption the site contradicts.</summary>
    /// <param name="assumption">The assumption.</param>
    /// <param name="detail">What the site answered.</param>
    /// <param name="fix">What makes the connector fit, or why nothing needs changing.</param>
    public void Differs(string assumption, string detail, string fix) => Rows.Add(new ConformanceRow(assumption, ConformanceOutcome.Differs, detail, fix));

    /// <summary>Records an assumption that could not be tested.</summary>
    /// <param name="assumption">The assumption.</param>
    /// <param name="why">Why.</param>
    public void CouldNotTest(string assumption, string why) => Rows.Add(new ConformanceRow(assumption, ConformanceOutcome.CouldNotTest, why));

    /// <summary>Creates a test record and remembers it for the cleanup.</summary>
    /// <param name="route">The collection route.</param>
    /// <param name="body">The record.</param>
    /// <param name="description">What it is.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer; <see cref="ConformanceAnswer.Id"/> is the new record's id when it succeeded.</returns>
    public async Task<ConformanceAnswer> CreateAsync(string route, JObject body, string description, CancellationToken cancellationToken)
    {
        var answer = await Http.SendAsync(HttpMethod.Post, route, null, body, cancellationToken).ConfigureAwait(false);
        if (answer.Succeeded && answer.Id is { } id)
        {
            _created.Add(new CreatedRecord($"{route}/{id}", $"{description} #{id}"));
        }

        return answer;
    }

    /// <summary>Reads a list.</summary>
    /// <param name="route">The route.</param>
    /// <param name="query">The encoded query.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer.</returns>
    public Task<ConformanceAnswer> GetAsync(string route, string? query, CancellationToken cancellationToken) =>
        Http.SendAsync(HttpMethod.Get, route, query, null, cancellationToken);

    /// <summary>Encodes a query parameter pair.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="value">Its value.</param>
    /// <returns><c>name=value</c>, the value percent-encoded.</returns>
    public static string Query(string name, string value) => name + "=" + Uri.EscapeDataString(value);

    /// <summary>Deletes every created record, newest first.</summary>
    /// <param name="cancellationToken">Cancels the cleanup (what is left is listed).</param>
    /// <returns>The records that could not be deleted, each with why.</returns>
    public async Task<IReadOnlyList<string>> CleanUpAsync(CancellationToken cancellationToken)
    {
        var leftovers = new List<string>();
        foreach (var record in Enumerable.Reverse(_created))
        {
            try
            {
                var answer = await Http.SendAsync(HttpMethod.Delete, record.Route, null, null, cancellationToken).ConfigureAwait(false);
                if (!answer.Succeeded && answer.Status != 404)
                {
                    leftovers.Add($"{record.Description} ({record.Route}): ConnectWise answered {answer.Describe()}; delete it by hand.");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                leftovers.Add($"{record.Description} ({record.Route}): not deleted ({e.GetType().Name}); delete it by hand.");
            }
        }

        return leftovers;
    }
}
