using System.Globalization;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>What ConnectWise answered to one conformance request, kept raw so a row can quote it.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, when there was one.</param>
/// <param name="Text">The start of the body as text, secrets removed.</param>
/// <param name="Link">The raw <c>Link</c> header, when there was one.</param>
/// <param name="Next">The <c>rel="next"</c> URL the connector's parser reads from it, if any.</param>
internal sealed record ConformanceAnswer(int Status, JToken? Body, string Text, string? Link, Uri? Next)
{
    /// <summary>Gets a value indicating whether the status is 2xx.</summary>
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>Gets the <c>id</c> of the record in the body.</summary>
    public int? Id => (Body as JObject)?["id"]?.Type == JTokenType.Integer ? Body!["id"]!.Value<int>() : null;

    /// <summary>Gets the records of a list answer.</summary>
    public IReadOnlyList<JObject> Items => Body is JArray array ? [.. array.OfType<JObject>()] : [];

    /// <summary>Describes the answer in one line: status, ConnectWise's code and message, field errors.</summary>
    /// <returns>For example "400 InvalidObject: company object is invalid (identifier: The identifier field is required.)".</returns>
    public string Describe()
    {
        if (Body is not JObject error || error["code"] is null)
        {
            return Succeeded ? Status.ToString(CultureInfo.InvariantCulture) : $"{Status.ToString(CultureInfo.InvariantCulture)}: {Shorten(Text)}";
        }

        var fields = (error["errors"] as JArray)?.OfType<JObject>()
            .Select(e => $"{(string?)e["field"]}: {(string?)e["message"]}").ToArray() ?? [];
        var details = fields.Length == 0 ? string.Empty : $" ({string.Join("; ", fields)})";
        return $"{Status.ToString(CultureInfo.InvariantCulture)} {(string?)error["code"]}: {(string?)error["message"]}{details}";
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
