using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// The Link customer page: a company search a page of 25 at a time (the form, and JSON for the page's type-ahead),
/// the chosen company's contacts, and the link itself, with the same checks and refusals as <c>link</c>.
/// </summary>
internal static class LinkEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/link", ShowAsync);
        routes.MapGet("/instances/{name}/link/companies.json", SearchAsync);
        routes.MapPost("/instances/{name}/link", LinkAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var query = http.Request.Query;
        var state = new LinkPage.State
        {
            Account = query["account"].ToString().Trim(),
            Search = query["q"].ToString().Trim(),
            After = Optional(query["after"].ToString()),
            Company = Optional(query["company"].ToString()),
            CompanyName = Optional(query["cname"].ToString()),
        };
        return await RenderAsync(http, services, name, state, null, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private static async Task<IResult> SearchAsync(HttpContext http, HostServices services, string name)
    {
        var page = await new CustomerLinking(services).SearchAsync(name, http.Request.Query["q"].ToString(), Optional(http.Request.Query["after"].ToString()), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new
        {
            companies = page.Companies.Select(c => new { id = c.Id, identifier = c.Identifier, name = c.Name, linkedAccountId = c.LinkedAccountId }),
            next = page.Next,
        });
    }

    private static async Task<IResult> LinkAsync(HttpContext http, HostServices services, string name)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var state = new LinkPage.State
        {
            Account = form["account"].ToString().Trim(),
            Company = Optional(form["company"].ToString()),
            CompanyName = Optional(form["cname"].ToString()),
            Contact = Optional(form["contact"].ToString()),
            Price = form["price"].ToString().Trim(),
        };
        decimal? price;
        try
        {
            price = CustomerLinking.ParsePrice(state.Price, "Price per seat");
        }
        catch (HostException e)
        {
            return await RenderAsync(http, services, name, state, new CustomerLinkOutcome { FailureKind = FailureKind.Data, Message = e.Message, AccountId = state.Account }, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var outcome = await new CustomerLinking(services).LinkAsync(name, new CustomerLinkRequest
        {
            AccountId = state.Account,
            Company = state.Company ?? string.Empty,
            ContactId = state.Contact,
            PricePerSeat = price,
        }, http.RequestAborted).ConfigureAwait(false);
        var status = outcome.FailureKind switch
        {
            null => StatusCodes.Status200OK,
            FailureKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return await RenderAsync(http, services, name, outcome.Linked ? new LinkPage.State { Account = state.Account } : state, outcome, status).ConfigureAwait(false);
    }

    private static async Task<IResult> RenderAsync(HttpContext http, HostServices services, string name, LinkPage.State state, CustomerLinkOutcome? outcome, int status)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var linking = new CustomerLinking(services);
        RemoteCompanyPage? results = null;
        IReadOnlyList<RemoteContact> contacts = [];
        if (outcome?.Linked != true)
        {
            if (state.Search.Length > 0)
            {
                results = await linking.SearchAsync(instance.Name, state.Search, state.After, http.RequestAborted).ConfigureAwait(false);
            }

            if (state.Company is { } company && long.TryParse(company, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                contacts = await linking.ContactsAsync(instance.Name, company, http.RequestAborted).ConfigureAwait(false);
            }
        }

        return PageResults.Page<LinkPage>(new Dictionary<string, object?>
        {
            [nameof(LinkPage.Instance)] = instance.Name,
            [nameof(LinkPage.Current)] = state,
            [nameof(LinkPage.Results)] = results,
            [nameof(LinkPage.Contacts)] = contacts,
            [nameof(LinkPage.Outcome)] = outcome,
        }, status);
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
