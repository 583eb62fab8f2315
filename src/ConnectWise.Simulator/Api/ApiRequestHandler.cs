using ConnectWise.Simulator.Callbacks;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Answers every request: <c>login/companyinfo</c>, and under <c>/{codebase}apis/3.0/</c> authentication, routing
/// through the resource table, the permission check and the generic endpoints.
/// </summary>
internal sealed class ApiRequestHandler(SimulatorOptions options, ResourceEndpoints endpoints, CallbackSigningKey? callbackKey = null)
{
    private readonly BundleEndpoint _bundles = new(endpoints, options);

    public const string ApiSegment = "apis/3.0/";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            var result = await AnswerAsync(context, cancellationToken).ConfigureAwait(false);
            await JsonResponse.WriteAsync(context, result, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiErrorException error)
        {
            await JsonResponse.WriteErrorAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A simulator bug must still look like a ConnectWise 500, and say what broke.
            var error = new ApiErrorException(500, "UnexpectedError", $"The simulator failed: {exception.GetType().Name}: {exception.Message}");
            await JsonResponse.WriteErrorAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The API base URL for the request's host and the current codebase.</summary>
    public string ApiBaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}/{options.CodebaseSegment}{ApiSegment}";

    private async Task<ApiResult> AnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        context.Items[ListQuery.ProfileItem] = options.Profile;
        var path = request.Path.Value ?? "/";
        if (path.StartsWith(CompanyInfoEndpoint.PathPrefix, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(request.Method))
        {
            return CompanyInfoEndpoint.Answer(request, options);
        }

        if (callbackKey is not null && HttpMethods.IsGet(request.Method)
            && string.Equals(path, "/" + options.CodebaseSegment + CallbackKeyEndpoint.Route, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackKeyEndpoint.Answer(request, options, callbackKey);
        }

        var prefix = "/" + options.CodebaseSegment + ApiSegment;
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw ApiErrorException.NotFound($"No API is served at {path}.");
        }

        var member = ApiMemberAuthenticator.Authenticate(request, options);
        ApiVersionCheck.Check(request, options);
        var route = path[prefix.Length..].Trim('/');
        var baseUrl = ApiBaseUrl(request);
        if (string.Equals(route, SystemInfoEndpoint.Route, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(request.Method))
        {
            return SystemInfoEndpoint.Answer(options);
        }

        if (string.Equals(route, BundleEndpoint.Route, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method))
        {
            return _bundles.Answer(await JsonResponse.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false), member, baseUrl);
        }

        var match = RouteMatcher.Match(route)
            ?? throw ApiErrorException.NotFound($"The resource {route} was not found.");
        var method = request.Method;
        PermissionGate.Demand(member, match.Resource.Permission, PermissionGate.LevelOf(method));
        if (match.Resource.ReadOnly && !HttpMethods.IsGet(method))
        {
            throw new ApiErrorException(405, "MethodNotAllowed", $"{method} is not allowed on this resource.");
        }

        if (string.Equals(match.Resource.Route, AgreementRecaps.Route, StringComparison.Ordinal))
        {
            AgreementRecaps.Refresh(endpoints.Data, options);
        }

        return (method, match.Id, match.IsCount) switch
        {
            ("GET", null, true) => endpoints.Count(match, request),
            ("GET", null, false) => PageLinks.ForProfile(endpoints.List(match, request, baseUrl), ListQuery.IsForwardOnly(request), options.Profile),
            ("GET", _, _) => endpoints.Get(match, request),
            ("POST", null, false) => endpoints.Create(match, await JsonResponse.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false), member, baseUrl),
            ("PUT", not null, _) => endpoints.Replace(match, await JsonResponse.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false), member, baseUrl),
            ("PATCH", not null, _) => endpoints.Patch(match, await JsonResponse.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false), member, baseUrl),
            ("DELETE", not null, _) => endpoints.Delete(match, member),
            _ => throw new ApiErrorException(405, "MethodNotAllowed", $"{method} is not allowed on this resource."),
        };
    }
}
