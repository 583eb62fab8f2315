using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Api;

/// <summary>A ConnectWise error body: <c>{"code","message","errors"}</c>, with an HTTP status to send it with.</summary>
internal sealed class ApiErrorException : Exception
{
    public ApiErrorException(int status, string code, string message, IReadOnlyList<FieldError>? errors = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Errors = errors;
    }

    public int Status { get; }

    public string Code { get; }

    public IReadOnlyList<FieldError>? Errors { get; }

    /// <summary>Extra response headers, e.g. Retry-After on a 429.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static ApiErrorException NotFound(string message) => new(404, "NotFound", message);

    public static ApiErrorException Invalid(string objectName, params FieldError[] errors) =>
        new(400, "InvalidObject", $"{objectName} object is invalid", errors);

    public static ApiErrorException BadRequest(string message) => new(400, "InvalidObject", message);

    public static ApiErrorException Unauthorized(string message) => new(401, "Unauthorized", message);

    public JsonObject ToJson()
    {
        var errors = Errors is null ? null : new JsonArray([.. Errors.Select(error => (JsonNode)error.ToJson())]);
        return new JsonObject
        {
            ["code"] = Code,
            ["message"] = Message,
            ["errors"] = errors,
        };
    }
}
