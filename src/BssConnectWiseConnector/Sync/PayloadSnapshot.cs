using System.Security.Cryptography;
using System.Text;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The canonical JSON of what a push sends (properties sorted, nulls left out) and its hash: equal hashes mean
/// the remote record needs nothing, so an unchanged record costs no request.
/// </summary>
internal sealed record PayloadSnapshot(JObject Json, string Text, string Hash)
{
    /// <summary>Takes the snapshot of a payload.</summary>
    /// <param name="payload">The model to send.</param>
    /// <returns>The snapshot.</returns>
    public static PayloadSnapshot Of(object payload)
    {
        var json = JObject.FromObject(payload, ConnectWiseJson.Serializer);
        var sorted = Sort(json);
        var text = sorted.ToString(Formatting.None);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new PayloadSnapshot(sorted, text, hash);
    }

    /// <summary>Reads a stored snapshot.</summary>
    /// <param name="text">The stored text.</param>
    /// <returns>The JSON, or <see langword="null"/> when there is none or it cannot be read.</returns>
    public static JObject? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JObject.Parse(text);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static JObject Sort(JObject value)
    {
        var sorted = new JObject();
        foreach (var property in value.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sorted.Add(property.Name, property.Value is JObject child ? Sort(child) : property.Value.DeepClone());
        }

        return sorted;
    }
}
