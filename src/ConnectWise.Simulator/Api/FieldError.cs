using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Api;

/// <summary>One entry of a ConnectWise error's <c>errors</c> array.</summary>
/// <param name="Code">E.g. "NullOrEmpty", "MaxLengthField", "ObjectExists", "InvalidField".</param>
/// <param name="Message">A human explanation.</param>
/// <param name="Resource">The object name, e.g. "company".</param>
/// <param name="Field">The field at fault, e.g. "identifier".</param>
internal sealed record FieldError(string Code, string Message, string Resource, string Field)
{
    public JsonObject ToJson() => new()
    {
        ["code"] = Code,
        ["message"] = Message,
        ["resource"] = Resource,
        ["field"] = Field,
    };
}
