using System.Globalization;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// Conformance checks on a test company: it can be created, a condition with a quote finds it, a PATCH to null
/// clears a field, and a forward-only listing with <c>fields=</c> pages on through its Link header.
/// </summary>
internal static class CompanyChecks
{
    private const string Website = "https://conformance.example";

    /// <summary>Gets the test company's name: it carries a quote for the condition check.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The name.</returns>
    public static string Name(ConformanceContext run) => $"BSS conformance \"{run.RunId}\"";

    /// <summary>Creates the test company (identifier: the run's stem).</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task CreateAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A company with an identifier, a name and an address can be created";
        var answer = await run.CreateAsync(ApiRoutes.Companies, Body(run.Stem, Name(run)), "test company " + run.Stem, cancellationToken).ConfigureAwait(false);
        if (answer.Id is { } id)
        {
            run.CompanyId = id;
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"company #{id} ({run.Stem}) created."));
        }
        else
        {
            run.Differs(Assumption, $"ConnectWise answered {answer.Describe()}.", "Every later check needs this company; fix what ConnectWise names (a required field, the API member's Companies > Company Maintenance Add level) and run again.");
        }
    }

    /// <summary>A condition whose string holds <c>\"</c>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task QuoteConditionAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A condition string may hold a quote written as \\\"";
        if (run.CompanyId is null)
        {
            run.CouldNotTest(Assumption, "needs the test company, which was not created.");
            return;
        }

        var condition = $"name = \"{Name(run).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        var answer = await run.GetAsync(ApiRoutes.Companies + "/count", ConformanceContext.Query("conditions", condition), cancellationToken).ConfigureAwait(false);
        var count = (int?)answer.Body?["count"];
        if (answer.Succeeded && count == 1)
        {
            run.Held(Assumption, $"{condition} found the test company.");
        }
        else
        {
            run.Differs(Assumption, answer.Succeeded ? $"{condition} was accepted but matched {count} companies." : $"{condition} was refused: {answer.Describe()}.",
                "Nothing to set: the connector matches keys holding \", * or [ by a condition without them and compares the key exactly itself.");
        }
    }

    /// <summary>A PATCH <c>replace</c> with <c>value: null</c>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task PatchToNullAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A PATCH replace with value null clears a field";
        if (run.CompanyId is not { } id)
        {
            run.CouldNotTest(Assumption, "needs the test company, which was not created.");
            return;
        }

        var patch = new JArray(new JObject { ["op"] = "replace", ["path"] = "website", ["value"] = JValue.CreateNull() });
        var answer = await run.Http.SendAsync(HttpMethod.Patch, ApiRoutes.Company(id), null, patch, cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            run.Differs(Assumption, $"PATCH website to null was refused: {answer.Describe()}.",
                "A BSS field emptied after a push is then reported for that record instead of cleared; clear it by hand in ConnectWise.");
            return;
        }

        var read = await run.GetAsync(ApiRoutes.Company(id), ConformanceContext.Query("fields", "id,website"), cancellationToken).ConfigureAwait(false);
        var website = (string?)read.Body?["website"];
        if (string.IsNullOrEmpty(website))
        {
            run.Held(Assumption, "PATCH website to null answered 200 and the company reads back without a website.");
        }
        else
        {
            run.Differs(Assumption, $"PATCH website to null answered 200, but the company still reads back website '{website}'.",
                "A BSS field emptied after a push stays set in ConnectWise; clear it by hand.");
        }
    }

    /// <summary>A forward-only listing with <c>fields=</c> over two pages.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task ForwardOnlyPagesAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A forward-only listing with fields= carries a readable next link to its second page";
        var count = await run.GetAsync(ApiRoutes.Companies + "/count", null, cancellationToken).ConfigureAwait(false);
        if ((int?)count.Body?["count"] < 2)
        {
            // Two pages of one need two companies: a site with only the test company gets a second one.
            await run.CreateAsync(ApiRoutes.Companies, Body(run.Stem + "B", Name(run) + " B"), "second test company " + run.Stem + "B", cancellationToken).ConfigureAwait(false);
        }

        var query = string.Join("&", ConformanceContext.Query("fields", "id,identifier"), "pageSize=1");
        var first = await run.Http.SendAsync(HttpMethod.Get, ApiRoutes.Companies, query, null, cancellationToken, forwardOnly: true).ConfigureAwait(false);
        if (!first.Succeeded)
        {
            run.CouldNotTest(Assumption, $"the first page was refused: {first.Describe()}.");
            return;
        }

        if (first.Items.Count == 0)
        {
            run.CouldNotTest(Assumption, "the site has no company to list.");
            return;
        }

        var nextId = first.Next is null ? null : LinkHeader.QueryInt(first.Next, "pageId");
        if (nextId is null)
        {
            run.Differs(Assumption, $"a full first page came with no next link the connector can read (Link: {first.Link ?? "none"}).",
                "Nothing to set: when a full forward-only page has no readable next link, the connector continues with pageId = the last id.");
            return;
        }

        var second = await run.Http.GetAsync(first.Next!, forwardOnly: true, cancellationToken).ConfigureAwait(false);
        var firstId = (int?)first.Items[0]["id"];
        var secondId = second.Items.Count > 0 ? (int?)second.Items[0]["id"] : null;
        var commas = first.Link!.Contains("id,identifier", StringComparison.Ordinal) ? "kept the commas of fields= unencoded" : "encoded the commas of fields=";
        if (second.Succeeded && secondId > firstId && second.Items[0].Properties().All(p => p.Name is "id" or "identifier" or "_info"))
        {
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"page 1 ended at id {firstId}; its next link ({commas}) gave page 2 starting at id {secondId}, with only the fields asked for."));
        }
        else if (second.Succeeded && second.Items.Count == 0)
        {
            run.CouldNotTest(Assumption, "the site has a single company, so there is no second page.");
        }
        else
        {
            run.Differs(Assumption, $"following the next link answered {second.Describe()} with {second.Items.Count} records.",
                "Nothing to set: when a next link does not lead on, the connector continues with pageId = the last id.");
        }
    }

    private static JObject Body(string identifier, string name) => new()
    {
        ["identifier"] = identifier,
        ["name"] = name,
        ["addressLine1"] = "1 Conformance Way",
        ["city"] = "Springfield",
        ["zip"] = "62701",
        ["website"] = Website,
    };
}
