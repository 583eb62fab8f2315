using Bss.IntegrationFramework.Host.Callbacks;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The Callbacks page: the receiver and the host's state (no request on view), enable and disable.</summary>
internal static class CallbacksEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/callbacks", ShowAsync);
        routes.MapPost("/instances/{name}/callbacks/enable", EnableAsync);
        routes.MapPost("/instances/{name}/callbacks/disable", DisableAsync);
    }

    private static Task<IResult> ShowAsync(HttpContext http, HostServices services, string name) =>
        PageAsync(services, name, [], null, null, null, http.RequestAborted);

    private static async Task<IResult> EnableAsync(HttpContext http, HostServices services, string name)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var publicUrl = form["publicUrl"].ToString().Trim();
        try
        {
            var overview = await new CallbackRegistrar(services).EnableAsync(name, publicUrl, null, http.RequestAborted).ConfigureAwait(false);
            return await PageAsync(services, name, overview.Registrations, $"Callbacks enabled: ConnectWise posts to {overview.ReceiverUrl}.", null, publicUrl, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HostException or ConnectorConfigurationException)
        {
            return await PageAsync(services, name, [], null, services.Redactor.Redact(ex.Message), publicUrl, http.RequestAborted, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> DisableAsync(HttpContext http, HostServices services, string name)
    {
        try
        {
            var removed = await new CallbackRegistrar(services).DisableAsync(name, null, http.RequestAborted).ConfigureAwait(false);
            return await PageAsync(services, name, [], $"Removed {Wording.Count(removed.Count, "callback")} of ours.", null, null, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HostException or ConnectorConfigurationException)
        {
            return await PageAsync(services, name, [], null, services.Redactor.Redact(ex.Message), null, http.RequestAborted, StatusCodes.Status422UnprocessableEntity).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> PageAsync(HostServices services, string name, IReadOnlyList<NotificationRegistration> registrations, string? notice, string? error, string? publicUrl, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        var instance = await services.Instances.GetAsync(name, cancellationToken).ConfigureAwait(false);
        var settings = await new CallbackStore(services.Database).GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return PageResults.Page<CallbacksPage>(
            new Dictionary<string, object?>
            {
                [nameof(CallbacksPage.Instance)] = instance.Name,
                [nameof(CallbacksPage.ReceiverUrl)] = settings?.PublicUrl.AbsoluteUri,
                [nameof(CallbacksPage.PublicUrl)] = publicUrl,
                [nameof(CallbacksPage.Modules)] = settings?.Modules ?? [],
                [nameof(CallbacksPage.EnabledAt)] = settings?.EnabledAt,
                [nameof(CallbacksPage.LastReceivedAt)] = settings?.LastReceivedAt,
                [nameof(CallbacksPage.Registrations)] = registrations,
                [nameof(CallbacksPage.Notice)] = notice,
                [nameof(CallbacksPage.Error)] = error,
            },
            status);
    }
}
