using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>Writes JSON answers the way ConnectWise sends them.</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, ApiResult result, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = result.Status;
        foreach (var (name, value) in result.Headers)
        {
            response.Headers[name] = value;
        }

        if (result.HasBody)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(result.Body?.ToJsonString() ?? "null", cancellationToken).ConfigureAwait(false);
        }
    }

    public static Task WriteErrorAsync(HttpContext context, ApiErrorException error, CancellationToken cancellationToken)
    {
        var result = new ApiResult(error.Status, error.ToJson());
        foreach (var (name, value) in error.Headers)
        {
            result.Headers[name] = value;
        }

        return WriteAsync(context, result, cancellationToken);
    }

    public static async Task<JsonNode?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw ApiErrorException.BadRequest($"The request body is not valid JSON: {exception.Message}");
        }
    }
}
